package org.sitepass.devices;

/** How many sentries stand at a venue, and how many of them are offline now. */
public record SentryCount(long standing, long offline) {

    public static final SentryCount NONE = new SentryCount(0, 0);
}
