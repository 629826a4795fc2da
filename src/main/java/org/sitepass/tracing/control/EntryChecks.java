package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitepass.devices.Sentry;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.Admission;
import org.sitepass.residents.CredentialCheck;
import org.sitepass.residents.PassVerdict;
import org.sitepass.residents.ResidentDisplay;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.PassRecord;
import org.sitepass.tracing.entity.PassRecordId;
import org.sitepass.tracing.entity.PassSource;

/**
 * Checks at a sentry's door: the verdict on what the person showed, under the pass rules of the venue where the
 * sentry stands, recorded once whatever how often the device sends it. Nothing here runs in a transaction of its
 * own: the reads are the residents module's, and the record goes through the ledger's writer.
 */
@ApplicationScoped
public class EntryChecks {

    @Inject
    Residents residents;

    @Inject
    PassLedger ledger;

    @Inject
    SentryReadings readings;

    @Inject
    PersonalData personalData;

    @Inject
    Validator validator;

    @PersistenceContext
    EntityManager em;

    /**
     * The verdict on a live check, its record durable before this returns; the same check sent again is answered as
     * it was the first time, and a sequence the device used for another check is refused (409).
     */
    public EntryCheckAnswer check(Sentry sentry, EntryCheckForm form, Locale locale) {
        Instant now = CityTime.now();
        Instant deviceTime = EntryCheck.liveClock(form, now);
        BigDecimal temperature = EntryCheck.temperature(form);
        SentryReadings.Reading reading = readings.read(sentry, EntryCheck.credential(form), temperature, now);
        CredentialCheck read = reading.credential();
        Admission admission = reading.admission();
        CheckKey key = CheckKey.of(sentry.deviceId(), form, this::keyedHash);
        ResidentRef person = read.resident();
        PassVerdict verdict = admission.verdict();
        ResidentDisplay screen = admission.screen().orElse(null);
        PassEntry entry = new PassEntry(now, deviceTime, sentry.clockDriftMs(), sentry.venueId(),
                entrance(form, sentry), PassSource.SENTRY, sentry.deviceId(), form.getSequence(), null, person,
                read.type(), temperature, verdict, screen == null ? null : screen.colour(), false);
        Receipt receipt = ledger.append(entry, key);
        return switch (receipt.kind()) {
            case STORED -> EntryCheckAnswer.of(form.getSequence(), verdict, screen, now, locale);
            case ALREADY_STORED -> answered(receipt.record(), locale);
            case SEQUENCE_TAKEN -> throw sequenceTaken();
        };
    }

    /**
     * Stores what a device decided offline, each check once; a check that breaks a rule is refused alone. The
     * server's receive time decides the day; the device's time and its last measured drift are kept with it.
     */
    public BatchAnswer upload(Sentry sentry, List<OfflineCheckForm> checks, Locale locale) {
        Instant now = CityTime.now();
        List<BatchAnswer.Result> results = new ArrayList<>(checks.size());
        List<Integer> stored = new ArrayList<>();
        List<PassEntry> entries = new ArrayList<>();
        List<CheckKey> keys = new ArrayList<>();
        for (OfflineCheckForm form : checks) {
            Long sequence = form == null ? null : form.getSequence();
            try {
                entries.add(offline(sentry, form, now));
                keys.add(CheckKey.of(sentry.deviceId(), form, this::keyedHash));
                stored.add(results.size());
                results.add(null);
            } catch (InvalidInput invalid) {
                InvalidInput.FieldProblem first = invalid.problems().get(0);
                results.add(new BatchAnswer.Result(sequence, BatchAnswer.Outcome.REFUSED, new BatchAnswer.Problem(
                        "urn:sitepass:problem:validation", first.field(), first.text().in(locale))));
            }
        }
        List<Receipt> receipts = entries.isEmpty() ? List.of() : ledger.appendAll(entries, keys);
        for (int i = 0; i < receipts.size(); i++) {
            long sequence = keys.get(i).sequence();
            results.set(stored.get(i), switch (receipts.get(i).kind()) {
                case STORED -> new BatchAnswer.Result(sequence, BatchAnswer.Outcome.STORED, null);
                case ALREADY_STORED -> new BatchAnswer.Result(sequence, BatchAnswer.Outcome.ALREADY_STORED, null);
                case SEQUENCE_TAKEN -> new BatchAnswer.Result(sequence, BatchAnswer.Outcome.REFUSED,
                        new BatchAnswer.Problem(sequenceTaken().type(), "sequence",
                                TracingTexts.text("tracing.refused.sequenceTaken").in(locale)));
            });
        }
        return new BatchAnswer(results);
    }

    private PassEntry offline(Sentry sentry, OfflineCheckForm form, Instant now) {
        if (form == null) {
            throw InvalidInput.of("checks", ModuleText.validation("sitepass.validation.required"));
        }
        Set<ConstraintViolation<OfflineCheckForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw EntryCheck.invalid(violations);
        }
        Instant deviceTime = EntryCheck.offlineClock(form, now);
        PassVerdict verdict = EntryCheck.offlineVerdict(form);
        // At the check, not at the upload: a code lives a minute, and an upload comes hours later.
        CredentialCheck read = residents.resolve(EntryCheck.credential(form), deviceTime);
        return new PassEntry(now, deviceTime, sentry.clockDriftMs(), sentry.venueId(), entrance(form, sentry),
                PassSource.SENTRY, sentry.deviceId(), form.getSequence(), null, read.resident(), read.type(),
                EntryCheck.temperature(form), verdict, null, true);
    }

    private String keyedHash(String canonicalCheck) {
        return personalData.blindIndex(canonicalCheck, "tracing.entry-check");
    }

    private static String entrance(EntryCheckForm form, Sentry sentry) {
        return form.getEntrance() == null || form.getEntrance().isBlank() ? sentry.entrance()
                : form.getEntrance().strip();
    }

    /** The first answer again, from its record: the colour as it was, the rest of the screen as it stood then. */
    private EntryCheckAnswer answered(PassRecordId id, Locale locale) {
        PassRecord record = Optional.ofNullable(em.find(PassRecord.class, id)).orElseThrow(EntryChecks::sequenceTaken);
        PassVerdict verdict = new PassVerdict(record.getOutcome(), record.getReasons());
        ResidentDisplay screen = Optional.ofNullable(record.getResident())
                .flatMap(person -> residents.display(person, record.getRecordedAt()))
                .map(now -> new ResidentDisplay(now.maskedName(), record.getColour(), now.natSampledAt(),
                        now.natResult(), now.vaccinationDoses()))
                .orElse(null);
        return EntryCheckAnswer.of(record.getSequence(), verdict, screen, record.getRecordedAt(), locale);
    }

    private static RequestRefused sequenceTaken() {
        return TracingTexts.conflict("entry-check", "tracing.refused.sequenceTaken");
    }
}
