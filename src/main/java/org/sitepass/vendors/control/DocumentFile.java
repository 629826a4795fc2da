package org.sitepass.vendors.control;

import org.sitepass.platform.Download;

/** A document's content to download, with the type its content showed at upload. */
public record DocumentFile(String fileName, String contentType, byte[] content) {

    public Download download() {
        return Download.attachment(contentType, fileName);
    }
}
