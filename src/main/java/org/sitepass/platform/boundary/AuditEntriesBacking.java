package org.sitepass.platform.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.PagedRows;
import org.sitepass.platform.control.AuditQuery;
import org.sitepass.platform.control.AuditReview;
import org.sitepass.platform.control.AuditVerification;
import org.sitepass.platform.entity.AuditEntry;

/** Backs {@code /platform/audit/entries.xhtml}: filters, a lazily paged table and chain verification. */
@Named
@ViewScoped
public class AuditEntriesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditReview review;

    private String actor;
    private String action;
    private LocalDate fromDay;
    private LocalDate toDay;
    private AuditVerification verification;

    private final PagedRows<AuditEntry> entries = new PagedRows<>(() -> review.count(query(0, 1)),
            (first, size) -> review.read(query(first, size)), AuditEntry::getId);

    public void verify() {
        verification = review.verify();
    }

    AuditQuery query(int first, int size) {
        Instant from = fromDay == null ? null : CityTime.startOf(fromDay);
        Instant to = toDay == null ? null : CityTime.startOf(toDay.plusDays(1));
        return new AuditQuery(actor, action, null, from, to, first, size);
    }

    public String display(Instant instant) {
        return CityTime.display(instant);
    }

    public PagedRows<AuditEntry> getEntries() {
        return entries;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public void setToDay(LocalDate toDay) {
        this.toDay = toDay;
    }
}
