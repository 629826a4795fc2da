package org.sitepass.inspections.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitepass.inspections.InspectionsTexts;
import org.sitepass.inspections.entity.Audit;
import org.sitepass.inspections.entity.Verdict;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CsvTable;
import org.sitepass.platform.Districts;
import org.sitepass.platform.Period;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueCategory;
import org.sitepass.sites.VenueRef;

/** The audits of a district over a period, newest first, for its officers and inspectors, as a list or CSV. */
@ApplicationScoped
public class AuditRegister {

    /** A district audits a few hundred venues a month; a longer list than this is for the database, not a page. */
    static final int MAX_AUDITS = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Sites sites;

    @Inject
    Districts districts;

    @Inject
    AuditTrail auditTrail;

    public List<AuditSummary> of(Caller reader, Period period) {
        List<Audit> audits = em.createQuery("""
                        SELECT a FROM Audit a WHERE a.districtCode = :district AND a.submittedAt >= :from
                          AND a.submittedAt < :to ORDER BY a.submittedAt DESC, a.id DESC""", Audit.class)
                .setParameter("district", InspectionScope.district(reader))
                .setParameter("from", CityTime.startOf(period.from()))
                .setParameter("to", CityTime.startOf(period.to().plusDays(1)))
                .setMaxResults(MAX_AUDITS).getResultList();
        Map<Long, VenueRef> venues = sites.venues(audits.stream().map(Audit::getVenueId).distinct().toList());
        return audits.stream().map(a -> summary(a, venues.get(a.getVenueId()))).toList();
    }

    /** The list as officers file it; an export of who inspected where goes to the audit trail. */
    public String csv(Caller reader, Period period, Locale locale) {
        Map<String, VenueCategory> categories = sites.categories().stream()
                .collect(Collectors.toMap(VenueCategory::code, c -> c));
        CsvTable out = new CsvTable().line("audit_id", "submitted_at", "venue", "code_number", "street", "category",
                "inspector", "result", "failed_items");
        of(reader, period).forEach(a -> out.line(a.id(), CityTime.display(a.submittedAt()), a.venueName(),
                a.codeNumber(), districts.street(a.streetCode()).map(s -> s.name(locale)).orElse(a.streetCode()),
                categories.containsKey(a.categoryCode()) ? categories.get(a.categoryCode()).name(locale)
                        : a.categoryCode(),
                a.inspector(), text(locale, "result." + a.result()),
                String.join("; ", a.failedItems().stream().map(i -> text(locale, "item." + i)).toList())));
        auditTrail.record(AuditRecord.success("INSPECTION_AUDITS_EXPORTED", "inspection_audit", period.toString()));
        return out.toString();
    }

    private static AuditSummary summary(Audit audit, VenueRef venue) {
        return new AuditSummary(audit.getId(), audit.getVenueId(), venue == null ? "" : venue.name(),
                venue == null ? "" : venue.codeNumber(), venue == null ? "" : venue.streetCode(),
                venue == null ? "" : venue.categoryCode(), audit.getInspector(), audit.getSubmittedAt(),
                audit.getResult(), audit.getFindings().stream().filter(f -> f.getVerdict() == Verdict.FAIL)
                        .map(f -> f.getItem().name()).toList());
    }

    private static String text(Locale locale, String key) {
        return InspectionsTexts.in(locale, key);
    }
}
