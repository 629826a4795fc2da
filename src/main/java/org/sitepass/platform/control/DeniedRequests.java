package org.sitepass.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.PeriodicTask;

/**
 * Audits refused requests without letting a flood of them flood the chain: the first few per source and minute
 * alone, the rest as one {@code ACCESS_DENIED_REPEATED} entry with their count once the minute is over.
 */
@ApplicationScoped
public class DeniedRequests {

    static final String ACTION = "ACCESS_DENIED";
    static final String REPEATED = "ACCESS_DENIED_REPEATED";
    static final String OBJECT_TYPE = "http_request";
    private static final Duration FLUSH_EVERY = Duration.ofSeconds(10);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    AuditTrail auditTrail;

    private final DenialBursts bursts = new DenialBursts();
    private final Clock clock = Clock.systemUTC();
    private ScheduledFuture<?> flushes;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        flushes = PeriodicTask.schedule(executor, FLUSH_EVERY, FLUSH_EVERY, "auditing repeated refusals",
                this::flush);
    }

    @PreDestroy
    void stop() {
        if (flushes != null) {
            flushes.cancel(false);
        }
    }

    /**
     * @param request method and path, the path already encoded for the trail
     * @param status  the status refused with, e.g. 401
     */
    public void record(Caller caller, String address, String request, int status) {
        if (bursts.alone(new DenialBursts.Source(caller, address), request, Instant.now(clock))) {
            auditTrail.record(caller, address, new AuditRecord(ACTION, OBJECT_TYPE, request, "HTTP " + status,
                    AuditOutcome.DENIED));
        }
    }

    void flush() {
        for (DenialBursts.Repeat repeat : bursts.ended(Instant.now(clock))) {
            auditTrail.record(repeat.source().caller(), repeat.source().address(), new AuditRecord(REPEATED,
                    OBJECT_TYPE, repeat.request(), repeat.count() + " more since " + repeat.since(),
                    AuditOutcome.DENIED));
        }
    }
}
