package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.Caller;
import org.sitepass.platform.Districts;
import org.sitepass.platform.Languages;
import org.sitepass.sites.SitesTexts;
import org.sitepass.sites.entity.CodeNumber;
import org.sitepass.sites.entity.CodeStatus;
import org.sitepass.sites.entity.Venue;

/** A manager's posters: only of their own venues, and only of codes that are active, so nobody prints a dead code. */
@ApplicationScoped
public class PosterDownloads {

    @PersistenceContext
    EntityManager em;

    @Inject
    Posters posters;

    @Inject
    SiteCodeSignatures signatures;

    @Inject
    Districts districts;

    @Inject
    PosterPrints prints;

    /** The site's address as people's phones reach it, under which the posters' links lead to the check-in. */
    @Inject
    @ConfigProperty(name = "sitepass.public-url")
    String publicUrl;

    public Optional<byte[]> png(Caller manager, long venueId) {
        Optional<byte[]> poster = content(manager, venueId).map(content -> posters.png(content, wording()));
        poster.ifPresent(printed -> prints.printed(venueId));
        return poster;
    }

    public Optional<byte[]> pdf(Caller manager, long venueId) {
        Optional<byte[]> poster = content(manager, venueId).map(content -> posters.pdf(content, wording()));
        poster.ifPresent(printed -> prints.printed(venueId));
        return poster;
    }

    /** Every active code of the manager, one PDF each, streamed: a chain may have thousands. */
    public void zip(Caller manager, OutputStream out) {
        List<Venue> venues = em.createQuery("""
                        SELECT v FROM Venue v WHERE v.manager = :manager AND v.codeStatus = :active
                        ORDER BY v.codeNumber""",
                        Venue.class)
                .setParameter("manager", manager.name())
                .setParameter("active", CodeStatus.ACTIVE)
                .getResultList();
        posters.zip(venues.stream().map(this::content).toList(), wording(), out);
        prints.printedAll(venues.stream().map(Venue::getId).toList());
    }

    private Optional<PosterContent> content(Caller manager, long venueId) {
        return Optional.ofNullable(em.find(Venue.class, venueId))
                .filter(v -> v.getManager().equals(manager.name()))
                .map(venue -> {
                    if (venue.getCodeStatus() != CodeStatus.ACTIVE) {
                        throw SitesTexts.conflict("sites.refused.noActiveCode");
                    }
                    return content(venue);
                });
    }

    private PosterContent content(Venue venue) {
        String districtName = districts.district(venue.getDetails().getDistrictCode())
                .map(d -> d.nameZh() + " " + d.nameEn()).orElse(venue.getDetails().getDistrictCode());
        return new PosterContent(venue.getDetails().getName(), venue.getCodeNumber(), districtName,
                SiteCodeLink.of(publicUrl, signatures.payload(new CodeNumber(venue.getCodeNumber()))));
    }

    private static PosterWording wording() {
        return new PosterWording(zh("poster.title"), en("poster.title"), zh("poster.instruction"),
                en("poster.instruction"), zh("poster.codeLabel"), en("poster.codeLabel"), zh("poster.footer"),
                en("poster.footer"));
    }

    private static String zh(String key) {
        return SitesTexts.in(Languages.CHINESE, key);
    }

    private static String en(String key) {
        return SitesTexts.in(Languages.ENGLISH, key);
    }
}
