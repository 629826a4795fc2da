package org.sitepass.platform;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a module's periodic job (expiry sweeps, fleet reconciliation, audit checkpoints) on the container's
 * scheduler. A failed run is logged and retried at the next tick: an exception escaping would cancel every later
 * run.
 */
public final class PeriodicTask {

    private static final Logger LOG = Logger.getLogger(PeriodicTask.class.getName());
    private static final Duration SOON = Duration.ofMinutes(1);

    private PeriodicTask() {
    }

    /**
     * @param what names the job in the log when a run fails
     * @return the schedule, for the bean to cancel when it is destroyed
     */
    public static ScheduledFuture<?> schedule(ManagedScheduledExecutorService executor, Duration first,
                                              Duration interval, String what, Runnable job) {
        return executor.scheduleAtFixedRate(() -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, what + " failed", e);
            }
        }, first.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A first run soon after start-up: after one interval, but after a minute at the latest. */
    public static Duration soon(Duration interval) {
        return interval.compareTo(SOON) < 0 ? interval : SOON;
    }
}
