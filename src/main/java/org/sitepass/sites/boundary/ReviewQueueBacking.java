package org.sitepass.sites.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.sitepass.platform.CurrentCaller;
import org.sitepass.sites.control.QueueEntry;
import org.sitepass.sites.control.ReviewQuery;
import org.sitepass.sites.control.ReviewQueue;

/** Backs {@code /sites/review/queue.xhtml}: the district's venues awaiting review, filtered, sorted, paged lazily. */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReviewQueue queue;

    @Inject
    transient CurrentCaller caller;

    private String streetCode;
    private String categoryCode;
    private LocalDate submittedFrom;
    private LocalDate submittedTo;

    private final LazyDataModel<QueueEntry> venues = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queue.count(query(0, 1, Map.of()));
        }

        @Override
        public List<QueueEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return queue.page(query(first, pageSize, sortBy));
        }

        @Override
        public String getRowKey(QueueEntry entry) {
            return Long.toString(entry.id());
        }
    };

    ReviewQuery query(int first, int size, Map<String, SortMeta> sortBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        String district = caller.get().district() == null ? "" : caller.get().district();
        return new ReviewQuery(district, blankToNull(streetCode), blankToNull(categoryCode), submittedFrom,
                submittedTo, sort == null ? "submittedAt" : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.DESCENDING, first, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getDistrictCode() {
        return caller.get().district();
    }

    public LazyDataModel<QueueEntry> getVenues() {
        return venues;
    }

    public String getStreetCode() {
        return streetCode;
    }

    public void setStreetCode(String streetCode) {
        this.streetCode = streetCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public LocalDate getSubmittedFrom() {
        return submittedFrom;
    }

    public void setSubmittedFrom(LocalDate submittedFrom) {
        this.submittedFrom = submittedFrom;
    }

    public LocalDate getSubmittedTo() {
        return submittedTo;
    }

    public void setSubmittedTo(LocalDate submittedTo) {
        this.submittedTo = submittedTo;
    }
}
