package org.sitepass.tracing.control;

/** An exposure was marked and its people await their notices: fired in the marking transaction, acted on after it. */
public record ExposureMarked(long exposureId) {
}
