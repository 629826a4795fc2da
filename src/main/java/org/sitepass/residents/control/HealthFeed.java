package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sitepass.platform.Caller;
import org.sitepass.platform.PersonalData;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.control.FeedRecord.Kind;
import org.sitepass.residents.entity.AntigenTest;
import org.sitepass.residents.entity.ColourChange;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.HealthRecord;
import org.sitepass.residents.entity.NatTest;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SealedIdentity;
import org.sitepass.residents.entity.SourceVersion;
import org.sitepass.residents.entity.Vaccination;

/**
 * Stores a health-feed batch, already read whole by {@link FeedBatch}, in one transaction: residents first (so that
 * the batch's health records may name people it registers, in any order), then the health records. People are found
 * by the blind indexes of their documents and stored records by the source's ids, each in a few bulk queries, so that
 * a batch of 10,000 costs a handful of reads besides its writes.
 */
@ApplicationScoped
public class HealthFeed {

    /** Values per IN list: well within what MySQL and MariaDB plan well and a packet carries. */
    static final int IN_CHUNK = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ResidentRegistry registry;

    @Inject
    PersonalData personalData;

    @Inject
    FeedAudit audit;

    /** A record's identity at its source: the same pair sent again is the same record. */
    record SourceKey(String source, String sourceId) {

        static SourceKey of(SourceVersion version) {
            return new SourceKey(version.source(), version.sourceId());
        }
    }

    /**
     * For the feed's client alone: its resource admits only HEALTH_FEED, which {@code TokenOrigins} accepts from no
     * other client; a service role is not a person's, so it is not among the {@link Caller}'s roles to check here.
     */
    @Transactional
    public FeedReport receive(Locale locale, List<FeedRecord> records, Instant now) {
        Map<DocumentNumber, String> indexes = new HashMap<>();
        records.forEach(r -> indexes.computeIfAbsent(r.document(), registry::numberIndex));
        Map<String, Resident> people = residentsByIndex(indexes.values());
        FeedOutcome[] outcomes = new FeedOutcome[records.size()];

        List<FeedRecord.ResidentRecord> residents = new ArrayList<>();
        records.forEach(r -> {
            if (r instanceof FeedRecord.ResidentRecord resident) {
                residents.add(resident);
            }
        });
        Map<SourceKey, Resident> residentSources = residentsBySource(residents);
        for (FeedRecord.ResidentRecord record : residents) {
            outcomes[record.index()] = upsert(record, indexes.get(record.document()), people, residentSources, now);
        }
        em.flush();

        Map<Kind, Map<SourceKey, HealthRecord<?>>> stored = new EnumMap<>(Kind.class);
        for (FeedRecord record : records) {
            if (record.kind() != Kind.RESIDENT) {
                Map<SourceKey, HealthRecord<?>> ofKind = stored.computeIfAbsent(record.kind(),
                        kind -> healthRecordsBySource(kind, records));
                Resident person = people.get(indexes.get(record.document()));
                outcomes[record.index()] = person == null ? FeedOutcome.UNKNOWN_RESIDENT
                        : store(record, person, ofKind, now);
            }
        }
        FeedReport report = report(UUID.randomUUID().toString(), records, outcomes, locale);
        audit.batchReceived(report);
        return report;
    }

    private FeedOutcome upsert(FeedRecord.ResidentRecord record, String index, Map<String, Resident> people,
                               Map<SourceKey, Resident> sources, Instant now) {
        Resident known = people.get(index);
        SourceKey key = SourceKey.of(record.version());
        Resident owner = sources.get(key);
        if (owner != null && owner != known) {
            return FeedOutcome.SOURCE_ID_TAKEN;
        }
        if (known != null && !known.sourceVersion().isSupersededBy(record.version())) {
            return FeedOutcome.UNCHANGED;
        }
        SealedIdentity identity = registry.seal(record.document(), record.name(), record.mobile());
        if (known != null) {
            known.correct(identity, record.particulars(), record.version(), now);
            sources.put(key, known);
            return FeedOutcome.UPDATED;
        }
        Resident created = Resident.register(ResidentRegistry.newReference(), record.document().type(), identity,
                record.particulars(), record.version(), now);
        em.persist(created);
        people.put(index, created);
        sources.put(key, created);
        return FeedOutcome.CREATED;
    }

    private FeedOutcome store(FeedRecord record, Resident person, Map<SourceKey, HealthRecord<?>> stored,
                              Instant now) {
        long id = person.id();
        SourceVersion version = record.version();
        if (record instanceof FeedRecord.ColourRecord colour) {
            return store(version, id, stored, () -> new ColourChange.Facts(colour.colour(), colour.reasonCode(),
                            personalData.seal(colour.reason(), ResidentsSealedColumns.COLOUR_REASON),
                            colour.effectiveAt()),
                    facts -> new ColourChange(id, version, facts, now), now);
        }
        if (record instanceof FeedRecord.NatRecord nat) {
            return store(version, id, stored, () -> new NatTest.Facts(nat.sampledAt(), nat.resultedAt(),
                            nat.result(), personalData.seal(nat.institution(), ResidentsSealedColumns.NAT_INSTITUTION)),
                    facts -> new NatTest(id, version, facts, now), now);
        }
        if (record instanceof FeedRecord.AntigenRecord antigen) {
            return store(version, id, stored, antigen::facts, facts -> new AntigenTest(id, version, facts, now), now);
        }
        FeedRecord.VaccinationRecord dose = (FeedRecord.VaccinationRecord) record;
        return store(version, id, stored, dose::facts, facts -> new Vaccination(id, version, facts, now), now);
    }

    /**
     * @param facts made only when the record is stored: sealing costs, and most of a batch sent again is unchanged
     */
    @SuppressWarnings("unchecked") // the map of a kind holds only that kind's records, H with facts F
    private <F, H extends HealthRecord<F>> FeedOutcome store(SourceVersion version, long residentId,
                                                             Map<SourceKey, HealthRecord<?>> stored,
                                                             Supplier<F> facts, Function<F, H> create, Instant now) {
        SourceKey key = SourceKey.of(version);
        H existing = (H) stored.get(key);
        if (existing == null) {
            H created = create.apply(facts.get());
            em.persist(created);
            stored.put(key, created);
            return FeedOutcome.CREATED;
        }
        if (existing.residentId() != residentId) {
            return FeedOutcome.SOURCE_ID_TAKEN;
        }
        if (!existing.sourceVersion().isSupersededBy(version)) {
            return FeedOutcome.UNCHANGED;
        }
        existing.correct(version, facts.get(), now);
        return FeedOutcome.UPDATED;
    }

    private Map<String, Resident> residentsByIndex(Collection<String> indexes) {
        Map<String, Resident> found = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(indexes))) {
            em.createQuery("SELECT r FROM Resident r WHERE r.identity.numberIndex IN :indexes", Resident.class)
                    .setParameter("indexes", chunk)
                    .getResultList().forEach(r -> found.put(r.identity().numberIndex(), r));
        }
        return found;
    }

    private Map<SourceKey, Resident> residentsBySource(List<FeedRecord.ResidentRecord> records) {
        Map<SourceKey, Resident> found = new HashMap<>();
        for (List<String> chunk : chunks(sourceIds(records))) {
            em.createQuery("SELECT r FROM Resident r WHERE r.sourceVersion.sourceId IN :ids", Resident.class)
                    .setParameter("ids", chunk)
                    .getResultList().forEach(r -> found.put(SourceKey.of(r.sourceVersion()), r));
        }
        return found;
    }

    private Map<SourceKey, HealthRecord<?>> healthRecordsBySource(Kind kind, List<FeedRecord> records) {
        Class<? extends HealthRecord<?>> type = switch (kind) {
            case COLOUR -> ColourChange.class;
            case NAT -> NatTest.class;
            case ANTIGEN -> AntigenTest.class;
            case VACCINATION -> Vaccination.class;
            case RESIDENT -> throw new IllegalArgumentException("a resident is not a health record");
        };
        Map<SourceKey, HealthRecord<?>> found = new HashMap<>();
        List<FeedRecord> ofKind = records.stream().filter(r -> r.kind() == kind).toList();
        for (List<String> chunk : chunks(sourceIds(ofKind))) {
            em.createQuery("SELECT h FROM " + type.getSimpleName() + " h WHERE h.sourceVersion.sourceId IN :ids",
                            type)
                    .setParameter("ids", chunk)
                    .getResultList().forEach(h -> found.put(SourceKey.of(h.sourceVersion()), h));
        }
        return found;
    }

    private static List<String> sourceIds(List<? extends FeedRecord> records) {
        return records.stream().map(r -> r.version().sourceId()).distinct().toList();
    }

    static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += IN_CHUNK) {
            chunks.add(values.subList(from, Math.min(values.size(), from + IN_CHUNK)));
        }
        return chunks;
    }

    private static FeedReport report(String batchId, List<FeedRecord> records, FeedOutcome[] outcomes,
                                     Locale locale) {
        List<FeedReport.Result> results = new ArrayList<>(records.size());
        int[] counts = new int[FeedOutcome.values().length];
        for (FeedRecord record : records) {
            FeedOutcome outcome = outcomes[record.index()];
            counts[outcome.ordinal()]++;
            String message = outcome.isRefusal()
                    ? ResidentsTexts.text("residents.feed.result." + outcome.name()).in(locale) : null;
            results.add(new FeedReport.Result(record.index(), record.kind(), record.version().sourceId(), outcome,
                    message));
        }
        int refused = counts[FeedOutcome.UNKNOWN_RESIDENT.ordinal()] + counts[FeedOutcome.SOURCE_ID_TAKEN.ordinal()];
        return new FeedReport(batchId, records.size(), counts[FeedOutcome.CREATED.ordinal()],
                counts[FeedOutcome.UPDATED.ordinal()], counts[FeedOutcome.UNCHANGED.ordinal()], refused, results);
    }
}
