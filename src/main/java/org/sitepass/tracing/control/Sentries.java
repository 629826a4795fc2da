package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.sitepass.devices.Devices;
import org.sitepass.devices.Sentry;
import org.sitepass.devices.SentryWithdrawn;
import org.sitepass.sites.SiteCodeRevoked;
import org.sitepass.sites.SiteCodeSuspended;

/**
 * Which sentry a token speaks for and where it stands, kept half a minute per device: a door checks a person every
 * second or two, and asking the devices module each time cost three queries per check (kept 5 s, a sixth of a
 * door check's CPU under load). What takes a sentry out of service is forgotten at once, on the fact that says so, in
 * the instance where it happened; another instance of a cluster learns it within {@link #KEPT_FOR}, as it learns a
 * change of the pass rules. A refusal is never kept, so that a device put back in service works at once too. A token
 * other than the one kept (a new one, or a superseded one) is asked about.
 */
@ApplicationScoped
public class Sentries {

    static final Duration KEPT_FOR = Duration.ofSeconds(30);

    @Inject
    Devices devices;

    private final ConcurrentMap<String, Kept> kept;
    private final AtomicLong forgotten = new AtomicLong();
    private final LongSupplier clock;

    public Sentries() {
        this(System::nanoTime, new ConcurrentHashMap<>());
    }

    Sentries(LongSupplier clock, ConcurrentMap<String, Kept> kept) {
        this.clock = clock;
        this.kept = kept;
    }

    record Kept(Instant issuedAt, Sentry sentry, long until) {
    }

    /** The sentry the token's client is, standing at its venue; refused as {@link Devices#sentry} refuses. */
    public Sentry of(Optional<String> clientId, Optional<Instant> issuedAt) {
        long now = clock.getAsLong();
        Kept known = clientId.map(kept::get).orElse(null);
        if (known != null && known.until - now > 0 && issuedAt.filter(known.issuedAt::equals).isPresent()) {
            return known.sentry;
        }
        long before = forgotten.get();
        Sentry sentry = devices.sentry(clientId, issuedAt);
        if (issuedAt.isPresent()) {
            String client = clientId.orElseThrow();
            Kept answer = new Kept(issuedAt.get(), sentry, now + KEPT_FOR.toNanos());
            kept.put(client, answer);
            // A fact that arrived since the devices module was asked, up to the answer being kept, may be about this
            // very answer: kept first and looked at after, so that no fact can slip in between.
            if (forgotten.get() != before) {
                kept.remove(client, answer);
            }
        }
        return sentry;
    }

    void withdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) SentryWithdrawn fact) {
        forgotten.incrementAndGet();
        kept.values().removeIf(k -> fact.deviceIds().contains(k.sentry.deviceId()));
    }

    void suspended(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteCodeSuspended code) {
        forgetVenue(code.venueId());
    }

    void revoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteCodeRevoked code) {
        forgetVenue(code.venueId());
    }

    private void forgetVenue(long venueId) {
        forgotten.incrementAndGet();
        kept.values().removeIf(k -> k.sentry.venueId() == venueId);
    }
}
