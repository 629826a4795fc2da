package org.sitepass.tracing.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitepass.platform.PeriodicTask;

/**
 * Tells an exposure's people once it is committed, on the container's executor rather than in the tracer's request,
 * batch by batch ({@link Exposures#tellNext}); a sweep every minute finishes what a restart interrupted and searches
 * the records offline devices have uploaded since ({@link ExposurePeopleSearch#searchNext}). Two runs for the same exposure take
 * turns on its row and never tell anyone twice. A correction or a withdrawal reaches the notices already placed the
 * same way, batch by batch by notice id ({@link Exposures#reviseNext}), and the sweep resumes it too.
 */
@ApplicationScoped
public class ExposureNotifier {

    private static final Logger LOG = Logger.getLogger(ExposureNotifier.class.getName());
    private static final Duration SWEEP = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Exposures exposures;

    @Inject
    ExposurePeopleSearch people;

    private ScheduledFuture<?> sweeps;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweeps = PeriodicTask.schedule(executor, SWEEP, SWEEP, "exposure notices",
                () -> {
                    people.stillSearched().forEach(people::searchNext);
                    exposures.withPeopleWaiting().forEach(this::tellAll);
                    exposures.withNoticesToRevise().forEach(this::reviseAll);
                });
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    void tellSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExposureMarked marked) {
        soon(marked.exposureId(), this::tellAll);
    }

    void reviseSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExposureChanged changed) {
        soon(changed.exposureId(), this::reviseAll);
    }

    void reviseAll(long exposureId) {
        boolean more;
        do {
            more = exposures.reviseNext(exposureId);
        } while (more);
    }

    void tellAll(long exposureId) {
        int told;
        do {
            told = exposures.tellNext(exposureId);
        } while (told > 0);
    }

    private void soon(long exposureId, LongConsumer work) {
        try {
            executor.execute(() -> {
                try {
                    work.accept(exposureId);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "work on exposure " + exposureId + " stopped; the sweep goes on", e);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            LOG.log(Level.INFO, "exposure {0} waits for the sweep after the next start", exposureId);
        }
    }
}
