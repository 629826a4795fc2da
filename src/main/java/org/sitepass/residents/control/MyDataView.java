package org.sitepass.residents.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sitepass.platform.AuditedAction;
import org.sitepass.residents.Colour;
import org.sitepass.residents.TestResult;

/**
 * What SitePass holds about a resident, as the resident themselves reads it: the document number and mobile masked
 * (they know them), the name in full, every health record with its readable reason, and every action of anyone
 * else on their data from the audit trail.
 */
public record MyDataView(String documentType, String documentNumber, String name, String mobile, String districtCode,
                         LocalDate birthDate, boolean disabled, List<ColourEntry> colours, List<NatEntry> natTests,
                         List<AntigenEntry> antigenTests, List<DoseEntry> doses, List<HoldEntry> holds,
                         List<BindingRecord> bindings, List<AuditedAction> officialReads,
                         long officialReadsTotal) {

    /** A colour the health-code system gave (or an upheld appeal's correction, source {@code sitepass-appeal}). */
    public record ColourEntry(long id, Colour colour, String reasonCode, String reason, Instant effectiveAt,
                              String source) {
    }

    /** A nucleic-acid test; a void one was set aside by an upheld appeal. */
    public record NatEntry(long id, Instant sampledAt, Instant resultedAt, TestResult result, String institution,
                           boolean voided) {
    }

    public record AntigenEntry(Instant testedAt, TestResult result) {
    }

    public record DoseEntry(int doseNumber, Instant vaccinatedAt, String product) {
    }

    /** A hold placed on the code (by tracing) and whether it still holds. */
    public record HoldEntry(Colour colour, String reason, Instant placedAt, boolean open) {
    }
}
