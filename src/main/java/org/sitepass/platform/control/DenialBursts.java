package org.sitepass.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitepass.platform.Caller;

/**
 * Counts refused requests per source (who, from which address) in windows of one minute. The first few of a
 * window are audited one by one; the rest are only counted and later audited as one entry, so that a flood of
 * refusals cannot flood the audit chain or hold its lock once per request. Memory is bounded: beyond
 * {@link #MAX_SOURCES} sources at once, new sources share one window.
 */
public final class DenialBursts {

    /** What one source's window keeps of its last request, so that 10,000 sources stay small. */
    static final int MAX_REQUEST = 255;

    /** Refusals per source and minute that are audited one by one. */
    public static final int ALONE_PER_WINDOW = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_SOURCES = 10_000;
    static final Source OVERFLOW = new Source(new Caller("*", Set.of(), null), "*");

    /** Who was refused and from where. */
    public record Source(Caller caller, String address) {
    }

    /** Refusals of one source in one window beyond those audited alone; {@code request} is the last of them. */
    public record Repeat(Source source, Instant since, long count, String request) {
    }

    private static final class Window {
        private final Instant start;
        private int seen;
        private long beyond;
        private String lastRequest;

        Window(Instant start) {
            this.start = start;
        }
    }

    private final Map<Source, Window> windows = new HashMap<>();
    private final List<Repeat> closed = new ArrayList<>();

    /**
     * Counts a refusal.
     *
     * @return true when it is to be audited alone, false when it was counted for a later {@link Repeat}
     */
    public synchronized boolean alone(Source source, String request, Instant now) {
        Source key = windows.containsKey(source) || windows.size() < MAX_SOURCES ? source : OVERFLOW;
        Window window = windows.get(key);
        if (window != null && !now.isBefore(window.start.plus(WINDOW))) {
            close(key, window);
            window = null;
        }
        if (window == null) {
            window = new Window(now);
            windows.put(key, window);
        }
        window.seen++;
        if (window.seen <= ALONE_PER_WINDOW) {
            return true;
        }
        window.beyond++;
        window.lastRequest = request.length() > MAX_REQUEST ? request.substring(0, MAX_REQUEST) : request;
        return false;
    }

    /** The repeats of every window that has ended by {@code now}, each once; ended windows are forgotten. */
    public synchronized List<Repeat> ended(Instant now) {
        for (Iterator<Map.Entry<Source, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Source, Window> entry = it.next();
            if (!now.isBefore(entry.getValue().start.plus(WINDOW))) {
                close(entry.getKey(), entry.getValue());
                it.remove();
            }
        }
        List<Repeat> repeats = List.copyOf(closed);
        closed.clear();
        return repeats;
    }

    private void close(Source source, Window window) {
        if (window.beyond > 0) {
            closed.add(new Repeat(source, window.start, window.beyond, window.lastRequest));
        }
    }
}
