package org.sitepass;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitepass.devices.DevicesTexts;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.SitesTexts;
import org.sitepass.vendors.VendorsTexts;

/** Each module's texts helper reads its own bundle and types its conflicts by the state its module guards. */
class ModuleTextsTest {

    static Stream<Arguments> modules() {
        return Stream.of(
                Arguments.of((Function<String, RequestRefused>) SitesTexts::conflict, "sites.refused.noActiveCode",
                        "site-code", "This venue has no active site code, so there is no poster to download."),
                Arguments.of((Function<String, RequestRefused>) VendorsTexts::conflict,
                        "certification.refused.vendorNotInForce", "certification",
                        VendorsTexts.in(Locale.ENGLISH, "certification.refused.vendorNotInForce")),
                Arguments.of((Function<String, RequestRefused>) DevicesTexts::conflict, "devices.refused.decommissioned",
                        "device", "This device is decommissioned; nothing more can be done with it."),
                Arguments.of((Function<String, RequestRefused>) InspectionsTexts::conflict, "orders.refused.deadline",
                        "order", "The deadline must be after today."));
    }

    @ParameterizedTest
    @MethodSource("modules")
    void aConflictReadsTheModulesBundle(Function<String, RequestRefused> conflict, String key, String state,
                                        String english) {
        RequestRefused refused = conflict.apply(key);
        assertEquals(409, refused.status());
        assertEquals("urn:sitepass:problem:" + state + "-state", refused.type());
        assertEquals(english, refused.detail().in(Locale.ENGLISH));
    }
}
