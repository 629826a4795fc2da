package org.sitepass.residents.control;

import java.io.Serializable;
import java.time.Instant;
import org.sitepass.residents.entity.RelativeGrounds;

/**
 * A pending request for a person who cannot apply alone, as a district officer reviews it: both people masked,
 * the relative's age and the holder's reason.
 *
 * @param relativeAge the relative's age today, or null when the registry has no birth date
 */
public record RelativeRequest(long id, String relativeName, RelativeGrounds grounds, Integer relativeAge,
                              String relativeDistrict, String holderName, String reason, Instant appliedAt)
        implements Serializable {
}
