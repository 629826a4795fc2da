package org.sitepass.vendors.control;

/** A document's content to download, with the type its content showed at upload. */
public record DocumentFile(String fileName, String contentType, byte[] content) {
}
