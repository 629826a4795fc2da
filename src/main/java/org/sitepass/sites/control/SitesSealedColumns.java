package org.sitepass.sites.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.sitepass.platform.SealedColumnContribution;

/** The venue's responsible person was stored in clear before it was sealed; the platform seals what is left. */
@ApplicationScoped
public class SitesSealedColumns implements SealedColumnContribution {

    @Override
    public List<String> sealedColumns() {
        return List.of(Venues.RESPONSIBLE_PERSON_COLUMN);
    }
}
