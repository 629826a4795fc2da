package org.sitepass.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * A module's periodic job (expiry sweeps, fleet reconciliation, audit checkpoints, purges) on the container's
 * scheduler. A failed run is logged and retried at the next tick: an exception escaping would cancel every later
 * run.
 * <p>
 * A job that is nothing but its runs is an application-scoped bean extending this: it names itself and the setting of
 * its interval, and it runs from when the application has started until the bean is destroyed, the first time soon
 * after start-up ({@link #soon}) unless it says otherwise. A bean that does more at start-up schedules its runs with
 * {@link #schedule} itself.
 * <p>
 * What a run reads through an entity manager, it reads in a transaction: Payara keeps the entity manager of a read
 * made outside one with the invocation the scheduler captured for the task, which all its runs share, and closes it
 * at the end of the first run; every later read outside a transaction then failed on a closed entity manager.
 */
public abstract class PeriodicTask {

    private static final Logger LOG = Logger.getLogger(PeriodicTask.class.getName());
    private static final Duration SOON = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Config config;

    private final String what;
    private final String intervalSetting;
    private final Duration defaultInterval;
    private ScheduledFuture<?> runs;

    /**
     * @param what            names the job in the log when a run fails
     * @param intervalSetting the setting that says how often it runs
     * @param defaultInterval how often when that setting is not given
     */
    protected PeriodicTask(String what, String intervalSetting, Duration defaultInterval) {
        this.what = what;
        this.intervalSetting = intervalSetting;
        this.defaultInterval = defaultInterval;
    }

    /** One run; what it finds worth telling, it logs. */
    protected abstract void run();

    /** When the first run comes after start-up. */
    protected Duration firstRun(Duration interval) {
        return soon(interval);
    }

    protected void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Duration interval = config.getOptionalValue(intervalSetting, Duration.class).orElse(defaultInterval);
        runs = schedule(executor, firstRun(interval), interval, what, this::run);
    }

    @PreDestroy
    protected void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
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
