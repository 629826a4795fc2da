package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.sitepass.devices.Sentry;
import org.sitepass.residents.Admission;
import org.sitepass.residents.Credential;
import org.sitepass.residents.CredentialCheck;
import org.sitepass.residents.CredentialType;
import org.sitepass.residents.PassReason;
import org.sitepass.residents.PassVerdict;
import org.sitepass.residents.Residents;
import org.sitepass.residents.VenueContext;

/**
 * What a sentry's check reads of the person, in one short transaction that only reads: its queries share one pooled
 * connection instead of taking one each, which under load queued on the pool. It ends before the record is written,
 * so that no connection is held while the ledger's writer works.
 */
@ApplicationScoped
public class SentryReadings {

    @Inject
    Residents residents;

    /** Whom the credential speaks for, and the verdict at the sentry's venue with what its screen shows. */
    public record Reading(CredentialCheck credential, Admission admission) {
    }

    @Transactional
    public Reading read(Sentry sentry, Credential credential, BigDecimal temperature, Instant now) {
        CredentialCheck read = residents.resolve(credential, now);
        return new Reading(read, admission(sentry, read, temperature, now));
    }

    /**
     * A paper offline code is for door staff, who can look at the person: a sentry sends them to its ID card reader.
     * A credential that speaks for nobody stops whoever showed it; anyone else gets the venue's rules, read with the
     * screen from one reading of their records.
     */
    private Admission admission(Sentry sentry, CredentialCheck read, BigDecimal temperature, Instant now) {
        if (read.type() == CredentialType.OFFLINE_CODE) {
            return new Admission(PassVerdict.stop(PassReason.PAPER_CODE_AT_SENTRY),
                    read.person().flatMap(person -> residents.display(person, now)));
        }
        if (read.refusal() != null) {
            return new Admission(PassVerdict.stop(read.refusal()), Optional.empty());
        }
        return residents.check(read.resident(), new VenueContext(sentry.districtCode(), sentry.categoryCode()),
                read.type(), temperature, now);
    }
}
