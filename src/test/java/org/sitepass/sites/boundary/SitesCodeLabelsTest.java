package org.sitepass.sites.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.Labels;
import org.sitepass.platform.Languages;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.control.Categories;

class SitesCodeLabelsTest {

    private static final VenueCategory MALL = new VenueCategory("MALL", "商场", "Shopping mall",
            VenueCategory.RiskLevel.MEDIUM);
    private static final VenueCategory MEDICAL = new VenueCategory("MEDICAL", "医疗机构", "Medical",
            VenueCategory.RiskLevel.HIGH);

    private final SitesCodeLabels contribution = new SitesCodeLabels();

    SitesCodeLabelsTest() {
        contribution.categories = new Categories() {
            @Override
            public List<VenueCategory> all() {
                return List.of(MEDICAL, MALL);
            }

            @Override
            public Optional<VenueCategory> find(String code) {
                return all().stream().filter(c -> c.code().equals(code)).findFirst();
            }
        };
    }

    @Test
    void theVenueCategoriesAreListedAndNamedForOtherModules() {
        assertEquals(List.of("MEDICAL", "MALL"), contribution.codes(Labels.VENUE_CATEGORY));
        assertEquals(Optional.of("Shopping mall"), contribution.name(Labels.VENUE_CATEGORY, "MALL",
                Languages.ENGLISH));
        assertEquals(List.of(), contribution.codes(Labels.STREET));
    }
}
