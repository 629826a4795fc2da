package org.sitepass.platform.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sitepass.platform.CityTime;
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

    private final LazyDataModel<AuditEntry> entries = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) review.count(query(0, 1));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return review.read(query(first, pageSize)).entries();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return Long.toString(entry.getId());
        }
    };

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

    public LazyDataModel<AuditEntry> getEntries() {
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
