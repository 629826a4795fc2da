package org.sitepass.tracing.entity;

/** The file a contact export is made as. */
public enum ExportFormat {
    CSV, XLSX
}
