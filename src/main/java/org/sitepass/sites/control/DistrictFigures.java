package org.sitepass.sites.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a district looks at every day: the flow of reviews, where codes are, and how old the backlog is. */
public record DistrictFigures(String districtCode, LocalDate from, LocalDate to, List<Day> days,
                              List<Count> issuedByCategory, List<Count> issuedByStreet, Backlog backlog) {

    /** Venues submitted (first and changes), approved and rejected on one day, in Shanghai time. */
    public record Day(LocalDate date, long submitted, long approved, long rejected) {
    }

    /** Active codes in one category or street. */
    @Schema(name = "CodeCount")
    public record Count(String code, long issued) {
    }

    /** Venues awaiting review by how long they have waited. */
    public record Backlog(long total, long underOneDay, long oneToThreeDays, long threeToSevenDays,
                          long overSevenDays, Instant oldestSubmittedAt) {
    }
}
