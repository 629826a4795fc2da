package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.Reason;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.Identity;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.residents.TestRecord;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.CaseStatus;
import org.sitepass.tracing.entity.TracingCase;

/**
 * The two reads of one person a tracer makes for an open case, each a separate action with a reason: the identity in
 * clear, and the person's tests. The residents module records the read against the person with the case's reference
 * (their "My data" shows it); tracing records it against the case, its purpose the reference followed by the reason,
 * so that the auditor finds it by case, by person (the object) and by tracer. Both entries commit with the read.
 */
@ApplicationScoped
@Transactional
public class CaseReveals {

    @Inject
    Cases cases;

    @Inject
    Residents residents;

    @Inject
    AuditTrail audit;

    public Identity reveal(Caller tracer, long caseId, PersonLookupForm form) {
        return read(tracer, caseId, form, "TRACING_IDENTITY_REVEALED",
                (reference, person) -> residents.reveal(person, reference, tracer.name()));
    }

    public List<TestRecord> tests(Caller tracer, long caseId, PersonLookupForm form) {
        return read(tracer, caseId, form, "TRACING_TESTS_LOOKED_UP",
                (reference, person) -> residents.tests(person, reference, tracer.name()));
    }

    private interface PersonRead<T> {
        T read(String caseReference, ResidentRef person);
    }

    private <T> T read(Caller tracer, long caseId, PersonLookupForm form, String action, PersonRead<T> read) {
        TracingCase tracingCase = cases.find(tracer, caseId);
        RequestRefused.unless(tracingCase.getStatus() == CaseStatus.OPEN,
                () -> TracingTexts.conflict("case", "tracing.cases.refused.closed"));
        String reason = Reason.typed(form.getReason())
                .orElseThrow(() -> InvalidInput.of("reason", Reason.RULE));
        if (!ResidentRef.isWellFormed(form.getPerson())) {
            throw InvalidInput.of("person", TracingTexts.text("tracing.cases.person.invalid"));
        }
        ResidentRef person = new ResidentRef(form.getPerson());
        T answer = read.read(tracingCase.getReference(), person);
        audit.record(new AuditRecord(action, Cases.OBJECT_TYPE, person.value(),
                tracingCase.getReference() + ": " + reason, AuditOutcome.SUCCESS));
        return answer;
    }
}
