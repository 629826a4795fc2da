package org.sitepass.tracing.entity;

/** An exposure stands, its notices on people's pages, until a tracer withdraws it. */
public enum ExposureStatus {
    ACTIVE, WITHDRAWN
}
