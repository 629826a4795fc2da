package org.sitepass.residents.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentRef;

class OfflineCodeTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 6, 1);
    /** A minute past midnight in Shanghai, still the evening before in UTC: ages count in city days. */
    private static final Instant NOW = LocalDateTime.of(2022, 6, 1, 0, 1).atZone(CityTime.ZONE).toInstant();

    static Resident resident(LocalDate born, boolean disabled) {
        Resident resident = Resident.register(new ResidentRef("AAAAAAAAAAAAAAAAAAAAAA"),
                DocumentType.RESIDENT_ID_CARD, new SealedIdentity("n", "ni", "name", null, null),
                new Resident.Particulars("310109", born, Sex.FEMALE, disabled), new SourceVersion("hc", "1", NOW), NOW);
        try {
            Field id = Resident.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(resident, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return resident;
    }

    private static OfflineCode issued(Instant at) {
        return OfflineCode.issue(resident(TODAY.minusYears(70), false), "serial", "officer1", null, at);
    }

    @Test
    void childrenUntilTheir18thBirthdayAndEldersFromTheir60thAreEligible() {
        assertTrue(OfflineCode.isEligible(resident(TODAY.minusYears(18).plusDays(1), false), TODAY));
        assertFalse(OfflineCode.isEligible(resident(TODAY.minusYears(18), false), TODAY), "18 today");
        assertFalse(OfflineCode.isEligible(resident(TODAY.minusYears(60).plusDays(1), false), TODAY), "60 tomorrow");
        assertTrue(OfflineCode.isEligible(resident(TODAY.minusYears(60), false), TODAY), "60 today");
        assertFalse(OfflineCode.isEligible(resident(TODAY.minusYears(30), false), TODAY));
        assertTrue(OfflineCode.isEligible(resident(TODAY.minusYears(30), true), TODAY), "registered disabled");
        assertFalse(OfflineCode.isEligible(resident(null, false), TODAY), "no birth date, no disability");
    }

    @Test
    void theCitysDayDecidesAge() {
        Resident sixtyToday = resident(TODAY.minusYears(60), false);
        OfflineCode code = OfflineCode.issue(sixtyToday, "s", "officer1", null, NOW);
        assertEquals(OfflineCodeStatus.ACTIVE, code.statusAt(NOW));
        Instant eveningBefore = NOW.minus(Duration.ofMinutes(2));
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> OfflineCode.issue(sixtyToday, "s", "officer1", null, eveningBefore));
        assertEquals(422, refused.status());
        assertEquals("urn:sitepass:problem:offline-code-ineligible", refused.type());
    }

    @Test
    void aCardIsValidFor180DaysAndExpiredAtExactlyTheirEnd() {
        OfflineCode code = issued(NOW);
        Instant end = NOW.plus(Duration.ofDays(180));
        assertEquals(end, code.validUntil());
        assertEquals(OfflineCodeStatus.ACTIVE, code.statusAt(end.minusNanos(1000)));
        assertEquals(OfflineCodeStatus.EXPIRED, code.statusAt(end));
    }

    @Test
    void aVoidCardStaysVoidAndIsNotVoidedTwice() {
        OfflineCode code = issued(NOW);
        code.voidFor(VoidReason.REISSUED, "officer1", NOW.plusSeconds(60));
        assertEquals(OfflineCodeStatus.VOID, code.statusAt(NOW.plusSeconds(61)));
        assertEquals(VoidReason.REISSUED, code.voidReason().orElseThrow());
        RequestRefused refused = assertThrows(RequestRefused.class,
                () -> code.voidFor(VoidReason.LOST, "officer1", NOW.plusSeconds(120)));
        assertEquals(409, refused.status());
        assertEquals(OfflineCodeStatus.VOID, code.statusAt(NOW.plus(Duration.ofDays(200))), "void outlasts expiry");
    }

    @Test
    void anExpiredCardCanStillBeReportedLost() {
        OfflineCode code = issued(NOW);
        Instant later = NOW.plus(Duration.ofDays(181));
        code.voidFor(VoidReason.LOST, "officer1", later);
        assertEquals(OfflineCodeStatus.VOID, code.statusAt(later));
    }
}
