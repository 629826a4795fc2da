package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelsTest {

    private static final String PLATFORM = "org.sitepass.platform.messages";
    private static final String SITES = "org.sitepass.sites.messages";

    /** Names one street as data, the way the platform names the streets it reads from its tables. */
    private static final LabelContribution STREETS = new LabelContribution() {
        @Override
        public String bundle() {
            return PLATFORM;
        }

        @Override
        public Optional<String> name(String kind, String code, Locale locale) {
            return Labels.STREET.equals(kind) && "310109009".equals(code)
                    ? Optional.of(Languages.ENGLISH.equals(locale) ? "Ouyang Road Sub-district" : "欧阳路街道")
                    : Optional.empty();
        }
    };

    private final Labels labels = new Labels(List.of(STREETS, () -> SITES));

    @Test
    void aCodeIsNamedFromTheBundleOfTheModuleThatContributesIt() {
        assertEquals("拒绝访问", labels.of(Labels.ACTION, "ACCESS_DENIED", Languages.CHINESE));
        assertEquals("Site code approved", labels.of(Labels.ACTION, "SITE_CODE_APPROVED", Languages.ENGLISH));
        assertEquals("批准场所码", labels.of(Labels.ACTION, "SITE_CODE_APPROVED", Languages.CHINESE));
    }

    @Test
    void aCodeKeptAsDataIsNamedByItsModule() {
        assertEquals("欧阳路街道", labels.of(Labels.STREET, "310109009", Languages.CHINESE));
        assertEquals("Ouyang Road Sub-district", labels.of(Labels.STREET, "310109009", Languages.ENGLISH));
    }

    @Test
    void theKindKeepsCodesOfTheSameSpellingApart() {
        assertEquals("审计员", labels.of(Labels.ROLE, "AUDITOR", Languages.CHINESE));
        assertEquals("AUDITOR", labels.of(Labels.ACTION, "AUDITOR", Languages.CHINESE));
    }

    @Test
    void aCodeNobodyNamesIsShownAsItIs() {
        assertEquals("CASE_OPENED", labels.of(Labels.ACTION, "CASE_OPENED", Languages.ENGLISH));
        assertEquals("310109999", labels.of(Labels.STREET, "310109999", Languages.CHINESE));
        assertEquals("SITE_CODE_APPROVED", new Labels(List.of(STREETS))
                .of(Labels.ACTION, "SITE_CODE_APPROVED", Languages.CHINESE), "sites contributes nothing here");
    }

    @Test
    void theCodesOfAKindKeptAsDataComeFromTheModuleThatOwnsThem() {
        LabelContribution categories = new LabelContribution() {
            @Override
            public String bundle() {
                return SITES;
            }

            @Override
            public List<String> codes(String kind) {
                return Labels.VENUE_CATEGORY.equals(kind) ? List.of("MALL", "MEDICAL") : List.of();
            }
        };
        Labels withCategories = new Labels(List.of(STREETS, categories));
        assertEquals(List.of("MALL", "MEDICAL"), withCategories.codes(Labels.VENUE_CATEGORY));
        assertEquals(List.of(), withCategories.codes(Labels.STREET), "streets are named, not listed");
        assertEquals(List.of(), labels.codes(Labels.VENUE_CATEGORY));
    }

    @Test
    void noCodeIsNoName() {
        assertEquals("", labels.of(Labels.ACTION, null, Languages.CHINESE));
    }
}
