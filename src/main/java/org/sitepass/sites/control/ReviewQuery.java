package org.sitepass.sites.control;

import java.time.LocalDate;

/**
 * A page of a district's review queue.
 *
 * @param sort one of {@code submittedAt}, {@code name}, {@code street}, {@code category}
 */
public record ReviewQuery(String districtCode, String streetCode, String categoryCode, LocalDate submittedFrom,
                          LocalDate submittedTo, String sort, boolean descending, int first, int size) {
}
