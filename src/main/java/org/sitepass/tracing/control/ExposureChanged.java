package org.sitepass.tracing.control;

/**
 * An exposure was corrected or withdrawn and the notices of the people told must follow: fired in the tracer's
 * transaction, acted on after it, so that the request changes one row however many were told.
 */
public record ExposureChanged(long exposureId) {
}
