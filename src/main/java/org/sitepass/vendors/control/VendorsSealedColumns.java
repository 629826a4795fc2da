package org.sitepass.vendors.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.sitepass.platform.SealedColumnContribution;

/** The vendor's contact person was stored in clear before it was sealed; the platform seals what is left. */
@ApplicationScoped
public class VendorsSealedColumns implements SealedColumnContribution {

    @Override
    public List<String> sealedColumns() {
        return List.of(Registrations.CONTACT_PERSON_COLUMN);
    }
}
