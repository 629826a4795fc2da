package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static final String COLUMN = "sites_venue.contact_mobile";
    private static final String NAME_COLUMN = "sites_venue.responsible_person";

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

    @Test
    void aSealedNameIsOpenedOnlyToBeMaskedAfterItsFirstCharacter() {
        String sealed = personalData.seal("欧阳小明", NAME_COLUMN);
        assertFalse(sealed.contains("欧阳"));
        assertEquals("欧***", personalData.maskedPersonName(sealed, NAME_COLUMN));
        assertNull(personalData.maskedPersonName(null, NAME_COLUMN));
    }

    @Test
    void optionalValuesAreSealedAndOpenedOnlyWhenGiven() {
        assertNull(personalData.sealIfPresent(null, NAME_COLUMN));
        assertNull(personalData.openIfPresent(null, NAME_COLUMN));
        String sealed = personalData.sealIfPresent("张三", NAME_COLUMN);
        assertEquals("张三", personalData.openIfPresent(sealed, NAME_COLUMN));
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
