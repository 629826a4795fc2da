package org.sitepass.inspections.control;

import java.time.LocalDate;
import java.util.List;

/**
 * How a district keeps the rules over a period: visits done against plan, inspections and how many passed, which items
 * fail, and the orders still open or overdue, also by street and by category.
 */
public record ComplianceFigures(String districtCode, LocalDate from, LocalDate to, long planned, long done,
                                long inspections, long passed, List<ItemCount> failedByItem, long openOrders,
                                long overdueOrders, List<Group> byStreet, List<Group> byCategory) {

    /** How often one checklist item failed. */
    public record ItemCount(String item, long failed) {
    }

    /** The inspections and open orders of one street or category. */
    public record Group(String code, long inspections, long passed, long openOrders) {
    }
}
