package org.sitepass.tracing.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.RequestRefused;
import org.sitepass.platform.Roles;
import org.sitepass.residents.Admission;
import org.sitepass.residents.CredentialType;
import org.sitepass.residents.ResidentDisplay;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.residents.VenueContext;
import org.sitepass.sites.SiteCodeCheck;
import org.sitepass.sites.Sites;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.CheckInWindow;
import org.sitepass.tracing.entity.PassRecord;
import org.sitepass.tracing.entity.PassSource;

/**
 * A resident checks in at a venue without a sentry by scanning its poster: the site code is verified, the verdict
 * decided by the pass rules of the venue's district and category, and the pass recorded as the resident's own
 * check-in. The resident's phone shows their own health code, so the credential is the health code; nobody measured
 * a temperature.
 */
@ApplicationScoped
public class CheckIns {

    /** How long a repeated scan waits for the visit of the scan that won: longer than a ledger write takes. */
    static final Duration LONGEST_AWAIT = PassLedger.LONGEST_WAIT.multipliedBy(3);
    private static final Duration AWAIT_STEP = Duration.ofMillis(100);

    @Inject
    Sites sites;

    @Inject
    Residents residents;

    @Inject
    PassLedger ledger;

    @Inject
    CheckInClaims claims;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "sitepass.tracing.check-in-window", defaultValue = "PT5M")
    Duration windowLength;

    private CheckInWindow window;

    @PostConstruct
    void readWindow() {
        window = new CheckInWindow(windowLength);
    }

    /**
     * The resident an account speaks for.
     *
     * @throws RequestRefused 409 {@code binding-state}, telling the person to bind their account first
     */
    public ResidentRef me(Caller caller) {
        caller.require(Roles.RESIDENT);
        return residents.boundTo(caller.name())
                .orElseThrow(() -> TracingTexts.conflict("binding", "tracing.refused.notBound"));
    }

    /** The resident the caller's account is bound to, if it is. */
    public Optional<ResidentRef> bound(Caller caller) {
        return caller.hasRole(Roles.RESIDENT) ? residents.boundTo(caller.name()) : Optional.empty();
    }

    /**
     * What the check-in page shows before the resident checks in: the venue a scanned poster names and the
     * resident's own code as a door would see it.
     *
     * @throws RequestRefused 422 for a site code that is not genuine and active
     */
    public CheckInPreview preview(ResidentRef me, String scanned) {
        SiteCodeCheck venue = sites.verify(scanned);
        return new CheckInPreview(venue.venueName(), residents.display(me, CityTime.now()).orElse(null));
    }

    /**
     * Checks the caller in at the venue a scanned site code names, unless a check-in of theirs there within the
     * window answers instead. No transaction spans it: the ledger writes on a connection of its own, and a request
     * waiting for it must not hold one of the pool's too.
     *
     * @param scanned the poster's link or, from a poster printed before links, its bare payload
     * @throws RequestRefused 409 for an account not bound to a resident; 422 for a site code that is not genuine
     *                        and active, with the type {@link Sites#verify} gives
     */
    public CheckIn checkIn(Caller caller, String scanned) {
        ResidentRef me = me(caller);
        SiteCodeCheck venue = sites.verify(scanned);
        Instant now = CityTime.now();
        if (!claims.claim(me, venue.venueId(), now, window.since(now))) {
            return new CheckIn(VisitView.of(earlier(me, venue.venueId()), venue.venueName()), false);
        }
        try {
            Admission admission = residents.check(me, new VenueContext(venue.districtCode(), venue.categoryCode()),
                    CredentialType.HEALTH_CODE, null, now);
            PassEntry entry = new PassEntry(now, null, null, venue.venueId(), null, PassSource.CHECK_IN, null, null,
                    null, me, CredentialType.HEALTH_CODE, null, admission.verdict(),
                    admission.screen().map(ResidentDisplay::colour).orElse(null), false);
            return new CheckIn(VisitView.of(entry, ledger.append(entry), venue.venueName()), true);
        } catch (RuntimeException failed) {
            try {
                claims.release(me, venue.venueId(), now);
            } catch (RuntimeException notReleased) {
                failed.addSuppressed(notReleased);
            }
            throw failed;
        }
    }

    /**
     * The check-in a scan that lost its claim answers: the winner's, which may still be on its way to the ledger.
     *
     * @throws RequestRefused 409 {@code check-in} when it has not arrived by the time a ledger write takes at worst
     */
    private PassRecord earlier(ResidentRef me, long venueId) {
        Instant giveUp = CityTime.now().plus(LONGEST_AWAIT);
        while (true) {
            Optional<PassRecord> earlier = latestWithinWindow(me, venueId, CityTime.now());
            if (earlier.isPresent()) {
                return earlier.get();
            }
            if (CityTime.now().isAfter(giveUp)) {
                throw TracingTexts.conflict("check-in", "tracing.refused.checkInPending");
            }
            try {
                Thread.sleep(AWAIT_STEP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw TracingTexts.conflict("check-in", "tracing.refused.checkInPending");
            }
        }
    }

    /** The latest check-in the window still covers; only the days it spans are read. */
    private Optional<PassRecord> latestWithinWindow(ResidentRef me, long venueId, Instant now) {
        Instant since = window.since(now);
        return em.createQuery("""
                        SELECT r FROM PassRecord r WHERE r.residentRef = :resident AND r.venueId = :venue
                        AND r.source = :checkIn AND r.day >= :firstDay AND r.recordedAt >= :since
                        ORDER BY r.recordedAt DESC""", PassRecord.class)
                .setParameter("resident", me.value()).setParameter("venue", venueId)
                .setParameter("checkIn", PassSource.CHECK_IN)
                .setParameter("firstDay", since.atZone(CityTime.ZONE).toLocalDate())
                .setParameter("since", since)
                .setMaxResults(1).getResultStream()
                .filter(record -> window.covers(record.getRecordedAt(), now)).findFirst();
    }
}
