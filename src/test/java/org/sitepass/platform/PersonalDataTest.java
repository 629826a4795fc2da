package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static final String COLUMN = "sites_venue.contact_mobile";

    private final PersonalData personalData = withKeys();

    @Test
    void aSealedMobileIsOpenedOnlyToBeMasked() {
        String sealed = personalData.seal("13812345678", COLUMN);
        assertEquals("138****5678", personalData.maskedMobile(sealed, COLUMN));
    }

    @Test
    void noMobileGivenShowsNone() {
        assertNull(personalData.maskedMobile(null, COLUMN));
    }

    private static PersonalData withKeys() {
        PersonalData data = new PersonalData();
        data.fieldKeys = "k1:" + Base64.getEncoder().encodeToString(new byte[32]);
        data.activeKey = "k1";
        data.indexKey = Base64.getEncoder().encodeToString(new byte[32]);
        data.readKeys();
        return data;
    }
}
