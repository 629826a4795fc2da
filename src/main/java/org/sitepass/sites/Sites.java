package org.sitepass.sites;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.sitepass.sites.control.Categories;
import org.sitepass.sites.control.SiteCodeVerification;

/**
 * The sites module as other modules see it: verify a scanned site code, and the venue categories. Everything else
 * of the module is behind this facade.
 */
@ApplicationScoped
public class Sites {

    @Inject
    SiteCodeVerification verification;

    @Inject
    Categories categories;

    /**
     * @throws org.sitepass.platform.RequestRefused 422 when the payload is malformed, forged, unknown, suspended or
     *                                              revoked, with a type naming which
     */
    public SiteCodeCheck verify(String payload) {
        return verification.verify(payload);
    }

    public List<VenueCategory> categories() {
        return categories.all();
    }
}
