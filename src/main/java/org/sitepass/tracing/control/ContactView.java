package org.sitepass.tracing.control;

import java.time.Instant;
import java.util.List;
import org.sitepass.tracing.entity.ContactStatus;
import org.sitepass.tracing.entity.ContactStep;

/**
 * One contact with every step of its handling and, once transferred, the isolation place (opened for the tracer,
 * audited).
 */
public record ContactView(ContactEntry contact, String place, List<Step> steps) {

    /** A step: the status reached, what was decided (the assessment or isolation), the note, who and when. */
    public record Step(ContactStatus reached, String detail, String note, String actor, Instant occurredAt) {

        static Step of(ContactStep step) {
            return new Step(step.getReached(), step.getDetail(), step.getNote(), step.getActor(),
                    step.getOccurredAt());
        }
    }
}
