package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitepass.devices.control.ProposalForm;
import org.sitepass.platform.InvalidInput;
import org.sitepass.residents.PassOutcome;
import org.sitepass.residents.PassReason;
import org.sitepass.residents.PassVerdict;

class EntryCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    private static String field(Runnable check) {
        return assertThrows(InvalidInput.class, check::run).problems().get(0).field();
    }

    @Test
    void aCheckShowsExactlyOneCredential() {
        assertTrue(EntryCheck.credential(CheckKeyTest.check(1, "2026-12-04T08:00:00Z", "HC1.x")).toString()
                .contains("scanned"));
        assertTrue(EntryCheck.credential(CheckKeyTest.card(1, "110105194912310021", "张三")).isIdCard());
        assertEquals("payload", field(() -> EntryCheck.credential(CheckKeyTest.check(1, "x", null))));
        assertEquals("payload", field(() -> EntryCheck.credential(CheckKeyTest.check(1, "x", "  "))));
        EntryCheckForm both = CheckKeyTest.card(1, "110105194912310021", "张三");
        both.setPayload("HC1.x");
        assertEquals("payload", field(() -> EntryCheck.credential(both)));
    }

    @Test
    void aTemperatureIsKeptToATenthOfADegree() {
        EntryCheckForm form = CheckKeyTest.check(1, "2026-12-04T08:00:00Z", "x");
        assertEquals(null, EntryCheck.temperature(form));
        form.setTemperature(new BigDecimal("36.55"));
        assertEquals(new BigDecimal("36.6"), EntryCheck.temperature(form));
        form.setTemperature(new BigDecimal("37"));
        assertEquals(new BigDecimal("37.0"), EntryCheck.temperature(form));
    }

    @Test
    void aLiveClockIsWithinADayOfOurs() {
        assertEquals(NOW.minusSeconds(3),
                EntryCheck.liveClock(CheckKeyTest.check(1, "2026-12-04T07:59:57Z", "x"), NOW));
        assertEquals("deviceClock",
                field(() -> EntryCheck.liveClock(CheckKeyTest.check(1, "2025-12-04T08:00:00Z", "x"), NOW)));
        assertEquals("deviceClock",
                field(() -> EntryCheck.liveClock(CheckKeyTest.check(1, "2026-12-05T08:00:01Z", "x"), NOW)));
        assertEquals("deviceClock",
                field(() -> EntryCheck.liveClock(CheckKeyTest.check(1, "2026-02-30T08:00:00Z", "x"), NOW)));
    }

    @Test
    void anOfflineClockMayBeDaysOldButNotOlderThanRecordsAreKept() {
        assertEquals(NOW.minus(EntryCheck.OFFLINE_HORIZON),
                EntryCheck.offlineClock(CheckKeyTest.check(1, "2026-11-06T08:00:00Z", "x"), NOW));
        assertEquals("deviceClock",
                field(() -> EntryCheck.offlineClock(CheckKeyTest.check(1, "2026-11-06T07:59:59Z", "x"), NOW)));
    }

    private static OfflineCheckForm offline(String outcome, String... reasons) {
        OfflineCheckForm form = new OfflineCheckForm();
        form.setSequence(1L);
        form.setDeviceClock("2026-12-04T08:00:00Z");
        form.setPayload("HC1.x");
        form.setOutcome(outcome);
        form.setReasons(List.of(reasons));
        return form;
    }

    @Test
    void anOfflineVerdictIsOne() {
        assertEquals(PassVerdict.PASS, EntryCheck.offlineVerdict(offline("PASS")));
        assertEquals(List.of(PassReason.CODE_RED, PassReason.FEVER),
                EntryCheck.offlineVerdict(offline("STOP", "FEVER", "CODE_RED")).reasons());
        assertEquals(PassOutcome.STOP, EntryCheck.offlineVerdict(offline("STOP", "FEVER")).outcome());
        assertEquals("reasons", field(() -> EntryCheck.offlineVerdict(offline("STOP"))));
        assertEquals("reasons", field(() -> EntryCheck.offlineVerdict(offline("PASS", "FEVER"))));
        assertEquals("reasons", field(() -> EntryCheck.offlineVerdict(offline("STOP", "NO_SUCH_REASON"))));
    }

    /** A check without an entrance records its deployment's: the record takes whatever a deployment's may be. */
    @Test
    void anEntranceIsAsWideAsADeploymentsEntrance() throws Exception {
        int deployments = ProposalForm.class.getDeclaredField("entrance").getAnnotation(Size.class).max();
        assertEquals(deployments, EntryCheckForm.class.getDeclaredField("entrance").getAnnotation(Size.class).max());
        assertTrue(Files.readString(Path.of("db/migrations/V1_0_027__tracing_entrance_width.sql"))
                .contains("MODIFY entrance VARCHAR(" + deployments + ")"));
    }
}
