package org.sitepass.inspections.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.entity.Inspection;
import org.sitepass.inspections.entity.Verdict;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CsvTable;
import org.sitepass.platform.Labels;
import org.sitepass.platform.Period;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.VenueRef;

/** The inspections of a district over a period, newest first, for its officers and inspectors, as a list or CSV. */
@ApplicationScoped
public class InspectionRegister {

    /** The export reads the period a slice at a time, so that no period is too long to export whole. */
    static final int EXPORT_SLICE = 500;
    private static final String NEWEST_FIRST = " ORDER BY a.submittedAt DESC, a.id DESC";

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    Labels labels;

    @Inject
    AuditTrail auditTrail;

    /** A page of the period's inspections, newest first. */
    public List<InspectionSummary> of(Caller reader, Period period, int first, int size) {
        return summaries(inPeriod(reader, period, "SELECT a", NEWEST_FIRST, Inspection.class)
                .setFirstResult(first).setMaxResults(size).getResultList());
    }

    /**
     * The slice after the last one read, by its key rather than by position: an inspection submitted while the
     * period is exported shifts no row into the next slice twice, nor out of it.
     */
    private List<InspectionSummary> after(Caller reader, Period period, InspectionSummary last) {
        if (last == null) {
            return of(reader, period, 0, EXPORT_SLICE);
        }
        String beyond = " AND (a.submittedAt < :lastAt OR (a.submittedAt = :lastAt AND a.id < :lastId))";
        return summaries(inPeriod(reader, period, "SELECT a", beyond + NEWEST_FIRST, Inspection.class)
                .setParameter("lastAt", last.submittedAt()).setParameter("lastId", last.id())
                .setMaxResults(EXPORT_SLICE).getResultList());
    }

    private List<InspectionSummary> summaries(List<Inspection> inspections) {
        Map<Long, VenueRef> venues = sites.venues(inspections.stream().map(Inspection::getVenueId).distinct().toList());
        return inspections.stream().map(a -> summary(a, venues.get(a.getVenueId()))).toList();
    }

    public long count(Caller reader, Period period) {
        return inPeriod(reader, period, "SELECT COUNT(a)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> inPeriod(Caller reader, Period period, String select, String order, Class<T> type) {
        return em.createQuery(select + " FROM Inspection a WHERE a.place.districtCode = :district"
                        + " AND a.submittedAt >= :from AND a.submittedAt < :to" + order, type)
                .setParameter("district", InspectionScope.district(reader))
                .setParameter("from", CityTime.startOf(period.from()))
                .setParameter("to", CityTime.startOf(period.to().plusDays(1)));
    }

    /** The list as officers file it; an export of who inspected where goes to the audit trail. */
    public String csv(Caller reader, Period period, Locale locale) {
        CsvTable out = new CsvTable().line("inspection_id", "submitted_at", "venue", "code_number", "street",
                "category", "inspector", "result", "failed_items");
        for (InspectionSummary last = null; ; ) {
            List<InspectionSummary> slice = after(reader, period, last);
            slice.forEach(a -> out.line(a.id(), CityTime.display(a.submittedAt()), a.venueName(), a.codeNumber(),
                    labels.of(Labels.STREET, a.streetCode(), locale),
                    labels.of(VenueCategory.LABEL_KIND, a.categoryCode(), locale),
                    a.inspector(), text(locale, "result." + a.result()),
                    String.join("; ", a.failedItems().stream().map(i -> text(locale, "item." + i)).toList())));
            if (slice.size() < EXPORT_SLICE) {
                break;
            }
            last = slice.get(slice.size() - 1);
        }
        auditTrail.record(AuditRecord.success("INSPECTIONS_EXPORTED", "inspection", period.toString()));
        return out.toString();
    }

    private static InspectionSummary summary(Inspection inspection, VenueRef venue) {
        return new InspectionSummary(inspection.getId(), inspection.getVenueId(), venue == null ? "" : venue.name(),
                venue == null ? "" : venue.codeNumber(), venue == null ? "" : venue.streetCode(),
                venue == null ? "" : venue.categoryCode(), inspection.getInspector(), inspection.getSubmittedAt(),
                inspection.getResult(), inspection.getFindings().stream().filter(f -> f.getVerdict() == Verdict.FAIL)
                        .map(f -> f.getItem().name()).toList());
    }

    private static String text(Locale locale, String key) {
        return InspectionsTexts.in(locale, key);
    }
}
