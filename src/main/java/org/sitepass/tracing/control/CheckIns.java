package org.sitepass.tracing.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
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
import org.sitepass.tracing.entity.PassRecordId;
import org.sitepass.tracing.entity.PassSource;

/**
 * A resident checks in at a venue without a sentry by scanning its poster: the site code is verified, the verdict
 * decided by the pass rules of the venue's district and category, and the pass recorded as the resident's own
 * check-in. The resident's phone shows their own health code, so the credential is the health code; nobody measured
 * a temperature.
 */
@ApplicationScoped
public class CheckIns {

    @Inject
    Sites sites;

    @Inject
    Residents residents;

    @Inject
    PassLedger ledger;

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
     * window answers instead.
     *
     * @param scanned the poster's link or, from a poster printed before links, its bare payload
     * @throws RequestRefused 409 for an account not bound to a resident; 422 for a site code that is not genuine
     *                        and active, with the type {@link Sites#verify} gives
     */
    @Transactional
    public CheckIn checkIn(Caller caller, String scanned) {
        ResidentRef me = me(caller);
        SiteCodeCheck venue = sites.verify(scanned);
        Instant now = CityTime.now();
        Optional<PassRecord> earlier = latestWithinWindow(me, venue.venueId(), now);
        if (earlier.isPresent()) {
            return new CheckIn(VisitView.of(earlier.get(), venue.venueName()), false);
        }
        Admission admission = residents.check(me, new VenueContext(venue.districtCode(), venue.categoryCode()),
                CredentialType.HEALTH_CODE, null, now);
        PassRecordId key = ledger.append(new PassEntry(now, null, null, venue.venueId(), null, PassSource.CHECK_IN,
                null, null, null, me, CredentialType.HEALTH_CODE, null, admission.verdict(),
                admission.screen().map(ResidentDisplay::colour).orElse(null), false));
        return new CheckIn(VisitView.of(em.find(PassRecord.class, key), venue.venueName()), true);
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
