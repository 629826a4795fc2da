package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.Districts;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.Roles;
import org.sitepass.sites.SitesTexts;
import org.sitepass.sites.entity.Batch;
import org.sitepass.sites.entity.Venue;

/**
 * A chain applies for many venues in one file. Rows are checked by the same rules as the form; good rows become
 * venues submitted for review, bad rows are reported. A file that cannot be read at all creates nothing.
 */
@ApplicationScoped
@Transactional
public class VenueBatches {

    static final String BATCH_COLUMN = "sites_batch.content";

    @PersistenceContext
    EntityManager em;

    @Inject
    Venues venues;

    @Inject
    VenueReferences references;

    @Inject
    Districts districts;

    @Inject
    Categories categories;

    @Inject
    ValidatorFactory validatorFactory;

    @Inject
    AuditTrail auditTrail;

    @Inject
    PersonalData personalData;


    public BatchReport upload(Caller manager, Locale locale, String fileName, byte[] content) {
        manager.require(Roles.VENUE_MANAGER);
        List<VenueSheetRow> rows = read(content);
        Instant now = CityTime.now();
        Batch batch = new Batch(manager.name(), fileName, sealed(content), now);
        em.persist(batch);
        em.flush();
        Validator validator = validatorIn(locale);
        List<BatchReport.Row> report = new ArrayList<>();
        for (VenueSheetRow row : rows) {
            SheetRowForm reader = new SheetRowForm(districts, categories, locale);
            VenueForm form = reader.read(row);
            List<String> problems = problems(reader, form, validator, locale);
            if (problems.isEmpty()) {
                Venue venue = venues.createSubmitted(manager, form, batch.getId(), now);
                report.add(new BatchReport.Row(row.rowNumber(), venue.getId(), List.of()));
            } else {
                report.add(new BatchReport.Row(row.rowNumber(), null, problems));
                em.createNativeQuery(
                                "INSERT INTO sites_batch_rejection (batch_id, sheet_row, problems) VALUES (?1, ?2, ?3)")
                        .setParameter(1, batch.getId()).setParameter(2, row.rowNumber())
                        .setParameter(3, truncated(String.join("\n", problems))).executeUpdate();
            }
        }
        int accepted = (int) report.stream().filter(r -> r.venueId() != null).count();
        batch.count(accepted, report.size() - accepted);
        auditTrail.record(AuditRecord.success("SITE_CODE_BATCH_UPLOADED", "batch", String.valueOf(batch.getId())));
        return new BatchReport(batch.getId(), fileName, now, accepted, report.size() - accepted, report);
    }

    /** A batch as reported when it was uploaded; only to the manager who uploaded it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BatchReport> find(Caller manager, long batchId) {
        return Optional.ofNullable(em.find(Batch.class, batchId))
                .filter(b -> b.getManager().equals(manager.name()))
                .map(this::report);
    }

    private BatchReport report(Batch batch) {
        List<BatchReport.Row> rows = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rejected = em.createNativeQuery(
                        "SELECT sheet_row, problems FROM sites_batch_rejection WHERE batch_id = ?1 ORDER BY sheet_row")
                .setParameter(1, batch.getId()).getResultList();
        rejected.forEach(r -> rows.add(new BatchReport.Row(((Number) r[0]).intValue(), null,
                List.of(((String) r[1]).split("\n")))));
        return new BatchReport(batch.getId(), batch.getFileName(), batch.getUploadedAt(), batch.getRowsAccepted(),
                batch.getRowsRejected(), rows);
    }

    /** The file holds the contacts' names and mobiles in clear, so it is kept sealed like those columns. */
    private byte[] sealed(byte[] content) {
        return personalData.sealFile(content, BATCH_COLUMN);
    }

    private static List<VenueSheetRow> read(byte[] content) {
        try {
            return VenueSheet.read(content);
        } catch (VenueSheetException e) {
            throw InvalidInput.of("file", SitesTexts.text(e.messageKey(), e.arguments()));
        }
    }

    private Validator validatorIn(Locale locale) {
        MessageInterpolator base = validatorFactory.getMessageInterpolator();
        return validatorFactory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return base.interpolate(template, context, locale);
            }
        }).getValidator();
    }

    /**
     * What is wrong with a row, column by column in the file's order, each column's complaint once: a cell that
     * could not be read as a number is not also reported as missing.
     */
    private List<String> problems(SheetRowForm reader, VenueForm form, Validator validator, Locale locale) {
        Map<VenueSheetColumn, Set<String>> byColumn = new EnumMap<>(VenueSheetColumn.class);
        reader.unreadable().forEach((column, text) -> add(byColumn, column, text));
        Set<VenueSheetColumn> unreadable = Set.copyOf(byColumn.keySet());
        validator.validate(form, Default.class, VenueForm.Complete.class).forEach(v ->
                VenueSheetColumn.forProperty(v.getPropertyPath().toString()).filter(c -> !unreadable.contains(c))
                        .ifPresent(c -> add(byColumn, c, v.getMessage())));
        references.problems(form).forEach(p -> VenueSheetColumn.forProperty(p.field())
                .filter(c -> !unreadable.contains(c)).ifPresent(c -> add(byColumn, c, p.text().in(locale))));
        List<String> problems = new ArrayList<>();
        byColumn.forEach((column, texts) -> texts.forEach(text -> problems.add(column.label(locale) + ": " + text)));
        return problems;
    }

    private static void add(Map<VenueSheetColumn, Set<String>> byColumn, VenueSheetColumn column, String text) {
        byColumn.computeIfAbsent(column, c -> new LinkedHashSet<>()).add(text);
    }

    private static String truncated(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
