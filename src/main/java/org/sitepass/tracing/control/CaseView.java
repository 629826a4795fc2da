package org.sitepass.tracing.control;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.sitepass.tracing.entity.CaseStatus;
import org.sitepass.tracing.entity.TracingCase;

/**
 * A case as the tracer's API and pages show it: the person by reference and masked name, never the document.
 *
 * @param person     the case's resident reference, what reveal and the nucleic-acid query take
 * @param maskedName the name as {@code 张*三}; none when the registry no longer knows the person
 */
public record CaseView(long id, String reference, String person, String maskedName, LocalDate sampledOn,
                       LocalDate onsetOn, String source, String note, CaseStatus status, String openedBy,
                       Instant openedAt, Instant closedAt) implements Serializable {

    static CaseView of(TracingCase tracingCase, String maskedName) {
        return new CaseView(tracingCase.getId(), tracingCase.getReference(), tracingCase.getResident().value(),
                maskedName, tracingCase.getSampledOn(), tracingCase.getOnsetOn(), tracingCase.getSource(),
                tracingCase.getNote(), tracingCase.getStatus(), tracingCase.getOpenedBy(),
                tracingCase.getOpenedAt(), tracingCase.getClosedAt());
    }
}
