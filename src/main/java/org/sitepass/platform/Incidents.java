package org.sitepass.platform;

import java.util.StringJoiner;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs an unexpected failure under a number the user can quote. Only exception classes and stack frames are
 * logged, never messages: driver and persistence messages can quote column values, which may be personal data.
 */
public final class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());
    private static final int FRAMES = 12;

    private Incidents() {
    }

    /** Logs the failure; answers the incident's number. */
    public static String log(Throwable failure) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, () -> "incident " + incident + ": " + describe(failure));
        return incident;
    }

    static String describe(Throwable failure) {
        StringJoiner chain = new StringJoiner(" <- ");
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            chain.add(t.getClass().getName());
            root = t;
        }
        StringBuilder text = new StringBuilder(chain.toString());
        StackTraceElement[] frames = root.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            text.append("\n\tat ").append(frames[i]);
        }
        return text.toString();
    }
}
