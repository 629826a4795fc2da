package org.sitepass.tracing.control;

/** A made export: its file name (without the case person's identity), type and content. */
public record ExportFile(String name, String contentType, byte[] content) {
}
