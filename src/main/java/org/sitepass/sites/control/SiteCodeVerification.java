package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.sitepass.platform.RequestRefused;
import org.sitepass.sites.SiteCodeCheck;
import org.sitepass.sites.SitesTexts;
import org.sitepass.sites.entity.CodeStatus;
import org.sitepass.sites.entity.Venue;
import org.sitepass.sites.entity.VenueDetails;

/**
 * Checks a scanned site code: signed by a key we honour, issued by us, and active. Each failure has its own
 * problem type, so a sentry can tell a forged poster from a suspended venue.
 */
@ApplicationScoped
public class SiteCodeVerification {

    static final String TYPE = "urn:sitepass:problem:site-code:";

    @PersistenceContext
    EntityManager em;

    @Inject
    SiteCodeSignatures signatures;

    public SiteCodeCheck verify(String payload) {
        SigningKeys.Check check = signatures.check(SiteCodeLink.payloadOf(payload));
        switch (check.verdict()) {
            case MALFORMED -> throw refused("malformed");
            case UNKNOWN_KEY, BAD_SIGNATURE -> throw refused("bad-signature");
            case GENUINE -> {
                // the signature holds; what follows is about the venue
            }
        }
        List<Venue> found = em.createQuery("SELECT v FROM Venue v WHERE v.codeNumber = :number", Venue.class)
                .setParameter("number", check.codeNumber().value()).getResultList();
        if (found.isEmpty()) {
            throw refused("unknown");
        }
        Venue venue = found.get(0);
        if (venue.getCodeStatus() != CodeStatus.ACTIVE) {
            throw refused(venue.getCodeStatus() == CodeStatus.SUSPENDED ? "suspended" : "revoked");
        }
        VenueDetails d = venue.getDetails();
        return new SiteCodeCheck(venue.getId(), venue.getCodeNumber(), d.getName(), d.getCategoryCode(),
                d.getDistrictCode(), d.getStreetCode(), d.getAddress(), venue.getCodeStatus().name(),
                venue.getIssuedAt());
    }

    private static RequestRefused refused(String reason) {
        return new RequestRefused(RequestRefused.UNPROCESSABLE, TYPE + reason,
                SitesTexts.text("sites.verify." + reason));
    }
}
