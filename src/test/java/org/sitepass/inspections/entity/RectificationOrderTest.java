package org.sitepass.inspections.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.RequestRefused;

/** An order's life: raised from a failure, answered, closed or escalated, overdue when its deadline passes. */
class RectificationOrderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    private final Inspection inspection = new Inspection(1, "310109", null, "inspector1", null, false, null, null,
            Arrays.stream(ChecklistItem.values()).map(i -> new Finding(i,
                    i == ChecklistItem.STAFF_CHECK_EVERYONE ? Verdict.FAIL : Verdict.PASS, null)).toList(), NOW);

    @Test
    void answeredThenClosedOnReinspection() {
        RectificationOrder order = raise(TODAY.plusDays(7));
        order.respond("已安排专人逐一查验", NOW);
        assertEquals(OrderStatus.RESPONDED, order.getStatus());
        order.close("inspector1", "复查合格", NOW);
        assertEquals(OrderStatus.CLOSED, order.getStatus());
        assertThrows(RequestRefused.class, () -> order.respond("再次答复", NOW));
        assertThrows(RequestRefused.class, () -> order.escalate("inspector1", "迟了", NOW));
    }

    @Test
    void everythingIsAllowedUntilTheDecisionAndNothingAfter() {
        RectificationOrder order = raise(TODAY.plusDays(7));
        assertEquals(EnumSet.allOf(OrderAction.class), order.allowedActions());
        order.respond("已安排专人逐一查验", NOW);
        assertEquals(EnumSet.allOf(OrderAction.class), order.allowedActions());
        order.escalate("inspector1", "整改不到位", NOW);
        assertTrue(order.allowedActions().isEmpty());
    }

    @Test
    void overdueWhilePastTheDeadlineAndNotDecided() {
        RectificationOrder order = raise(TODAY.plusDays(3));
        assertFalse(order.isOverdue(TODAY.plusDays(3)));
        assertTrue(order.isOverdue(TODAY.plusDays(4)));
        order.escalate("inspector1", "逾期未整改", NOW);
        assertFalse(order.isOverdue(TODAY.plusDays(4)));
    }

    @Test
    void onlyFailedItemsAndFutureDeadlines() {
        assertThrows(RequestRefused.class, () -> new RectificationOrder(inspection, ChecklistItem.RECORDS_KEPT, "补记录",
                TODAY.plusDays(7), TODAY, "inspector1", NOW));
        assertThrows(RequestRefused.class, () -> raise(TODAY));
    }

    private RectificationOrder raise(LocalDate deadline) {
        return new RectificationOrder(inspection, ChecklistItem.STAFF_CHECK_EVERYONE, "门岗须逐一查验", deadline, TODAY,
                "inspector1", NOW);
    }
}
