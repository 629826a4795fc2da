package org.sitepass.platform;

import java.util.List;

/**
 * One page of a list an API answers: the items, how many there are in all, and which page of which size this is,
 * so that a client pages through everything rather than getting a silently cut list.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }
}
