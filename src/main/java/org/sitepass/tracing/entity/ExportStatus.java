package org.sitepass.tracing.entity;

/** Where an export request stands: asked for, approved by a second tracer, downloaded (once). */
public enum ExportStatus {
    REQUESTED, APPROVED, DOWNLOADED
}
