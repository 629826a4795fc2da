package org.sitepass.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list an API answers: the items, how many there are in all, and which page of which size this is,
 * so that a client pages through everything rather than getting a silently cut list.
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), total, page, size);
    }
}
