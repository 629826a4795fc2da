package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.CsvDownload;
import org.sitepass.platform.Labels;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.platform.XlsxTable;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.Contact;
import org.sitepass.tracing.entity.ContactExport;
import org.sitepass.tracing.entity.ExportFormat;
import org.sitepass.tracing.entity.TracingCase;

/**
 * Exports of a case's contacts with their identities in clear, for the isolation teams. Four eyes: one tracer asks
 * with a reason, another approves, and only the first downloads, once, within
 * {@code sitepass.tracing.export-validity} (default 30 minutes) of the approval. The file is made at the download from
 * identities revealed for the case (each reveal audited by the residents module against the person) and never kept;
 * every request, approval and download is in the audit trail with the case's reference.
 */
@ApplicationScoped
@Transactional
public class ContactExports {

    static final String OBJECT_TYPE = "tracing_contact_export";

    @PersistenceContext
    EntityManager em;

    @Inject
    Residents residents;

    @Inject
    PersonalData personalData;

    @Inject
    Labels labels;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "sitepass.tracing.export-validity", defaultValue = "PT30M")
    Duration validity;

    public Optional<ExportView> request(Caller tracer, long caseId, ExportForm form) {
        tracer.require(Roles.TRACER);
        return Contacts.caseOf(em, caseId).map(tracingCase -> {
            ContactExport export = ContactExport.request(caseId, form.getFormat(), form.getReason(), tracer.name(),
                    CityTime.now());
            em.persist(export);
            em.flush();
            audited("TRACING_CONTACTS_EXPORT_REQUESTED", export, tracingCase);
            return view(export, CityTime.now());
        });
    }

    /** Approves another tracer's request; approving one's own is refused, and the refusal is audited. */
    @Transactional(dontRollbackOn = RequestRefused.class)
    public Optional<ExportView> approve(Caller tracer, long caseId, long exportId) {
        tracer.require(Roles.TRACER);
        return ofCase(caseId, exportId).map(export -> {
            TracingCase tracingCase = em.find(TracingCase.class, caseId);
            Instant now = CityTime.now();
            String action = "TRACING_CONTACTS_EXPORT_APPROVED";
            refusedAudited(action, export, tracingCase, () -> export.approve(tracer.name(), now));
            audited(action, export, tracingCase);
            return view(export, now);
        });
    }

    /**
     * The file of an approved export, for the tracer who asked: every contact of the case with the identity revealed
     * for the case. The export is marked downloaded in the same transaction, so a second download is refused; a
     * refused download is audited.
     */
    @Transactional(dontRollbackOn = RequestRefused.class)
    public Optional<ExportFile> download(Caller tracer, long caseId, long exportId, Locale locale) {
        tracer.require(Roles.TRACER);
        return ofCase(caseId, exportId).map(export -> {
            TracingCase tracingCase = em.find(TracingCase.class, caseId);
            refusedAudited("TRACING_CONTACTS_EXPORT_DOWNLOADED", export, tracingCase,
                    () -> export.download(tracer.name(), CityTime.now(), validity));
            String reference = tracingCase.getReference();
            List<ContactSheet.Line> lines = em.createQuery(
                            "SELECT c FROM Contact c WHERE c.caseId = :case ORDER BY c.id", Contact.class)
                    .setParameter("case", caseId).getResultList().stream()
                    .map(contact -> new ContactSheet.Line(contact,
                            residents.reveal(new ResidentRef(contact.getResidentRef()), reference, tracer.name()),
                            personalData.openIfPresent(contact.getPlaceSealed(), Contacts.PLACE)))
                    .toList();
            byte[] content = new ContactSheet(reference, lines, labels, locale).bytes(export.getFormat(), reference);
            audited("TRACING_CONTACTS_EXPORT_DOWNLOADED", export, tracingCase);
            String name = TracingTexts.in(locale, "tracing.export.fileName") + "-" + reference;
            return export.getFormat() == ExportFormat.XLSX
                    ? new ExportFile(name + ".xlsx", XlsxTable.TYPE, content)
                    : new ExportFile(name + ".csv", CsvDownload.TYPE, content);
        });
    }

    /** A case's export requests, the latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<ExportView>> ofCase(Caller tracer, long caseId) {
        tracer.require(Roles.TRACER);
        Instant now = CityTime.now();
        return Contacts.caseOf(em, caseId).map(tracingCase -> em.createQuery("SELECT e FROM ContactExport e WHERE e.caseId = :case ORDER BY e.requestedAt DESC,"
                        + " e.id DESC", ContactExport.class).setParameter("case", caseId).getResultList().stream()
                .map(export -> view(export, now)).toList());
    }

    private Optional<ContactExport> ofCase(long caseId, long exportId) {
        return Optional.ofNullable(em.find(ContactExport.class, exportId, LockModeType.PESSIMISTIC_WRITE))
                .filter(export -> export.getCaseId() == caseId);
    }

    private ExportView view(ContactExport export, Instant now) {
        return ExportView.of(export, export.isExpired(now, validity));
    }

    private void audited(String action, ContactExport export, TracingCase tracingCase) {
        audit.record(record(action, export, tracingCase, AuditOutcome.SUCCESS));
    }

    /**
     * Runs a step the export may refuse before it changes anything; a refusal is audited as denied and committed (the
     * methods do not roll back on it), then answered.
     */
    private void refusedAudited(String action, ContactExport export, TracingCase tracingCase, Runnable step) {
        try {
            step.run();
        } catch (RequestRefused refused) {
            audit.record(record(action, export, tracingCase, AuditOutcome.DENIED));
            throw refused;
        }
    }

    private static AuditRecord record(String action, ContactExport export, TracingCase tracingCase,
                                      AuditOutcome outcome) {
        return new AuditRecord(action, OBJECT_TYPE, String.valueOf(export.getId()), tracingCase.getReference(),
                outcome);
    }
}
