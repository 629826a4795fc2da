package org.sitepass.tracing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.entity.CoVisitRanking;
import org.sitepass.tracing.entity.CoVisitWindow;
import org.sitepass.tracing.entity.PurgedDay;
import org.sitepass.tracing.entity.TracingCase;
import org.sitepass.tracing.entity.VisitRef;

/**
 * What a tracer looks up for a case: its visits, the co-visitors of one visit or of all (the whole trace), and where a
 * visit's contacts went next. Each lookup reads first and then writes its audit entry, which names the case's
 * reference as its purpose, in a transaction of its own: the audit chain's head is locked only for that moment, not
 * while the records are read. People are shown by reference and masked name; revealing one is a separate action.
 */
@ApplicationScoped
public class CaseTraces {

    @Inject
    Cases cases;

    @Inject
    PassReads reads;

    @Inject
    TraceSettings settings;

    @Inject
    RetentionPeriod retention;

    @Inject
    Sites sites;

    @Inject
    Residents residents;

    @Inject
    AuditTrail audit;

    /** The case's visits in time order over its period, and the days of the period that are gone. */
    public CaseVisits visits(Caller tracer, long caseId) {
        TracingCase tracingCase = cases.find(tracer, caseId);
        Period period = period(tracingCase);
        Map<Long, String> venues = venueNames(period.rows().stream().map(PassRow::venueId).toList());
        CaseVisits visits = new CaseVisits(period.rows().stream()
                .map(row -> CaseVisitView.of(row, venues.get(row.venueId()))).toList(),
                period.from(), period.until(), period.goneDays());
        lookedUp("TRACING_CASE_VISITS_LOOKED_UP", tracingCase, tracingCase.getResident().value());
        return visits;
    }

    /**
     * Everyone recorded at the venue of one of the case's visits within its window, most exposed first.
     *
     * @param before how far back from the visit, or none for the default
     * @param after  how far past the end of the stay, or none for the default
     * @throws UnknownCase when the case has no such visit
     */
    public CoVisitors coVisitors(Caller tracer, long caseId, String visit, Duration before, Duration after) {
        TracingCase tracingCase = cases.find(tracer, caseId);
        Duration reachBack = reach("before", before, settings.before());
        Duration reachOn = reach("after", after, settings.after());
        Period period = period(tracingCase);
        PassRow shared = visit(period, caseId, visit);
        CoVisitors found = coVisitors(tracingCase, period, List.of(shared), reachBack, reachOn).get(0);
        lookedUp("TRACING_CO_VISITORS_LOOKED_UP", tracingCase, tracingCase.getReference());
        return found;
    }

    /** Every visit of the case with its co-visitors, read in one statement for all the visits' windows. */
    public CaseTrace trace(Caller tracer, long caseId) {
        TracingCase tracingCase = cases.find(tracer, caseId);
        Period period = period(tracingCase);
        CaseTrace trace = new CaseTrace(coVisitors(tracingCase, period, period.rows(), settings.before(),
                settings.after()), period.from(), period.until(), period.goneDays());
        lookedUp("TRACING_CASE_TRACED", tracingCase, tracingCase.getReference());
        return trace;
    }

    /**
     * The venues the first-degree contacts of one visit passed afterwards, within the second-degree span, the most
     * exposed contacts first and bounded (see {@link TraceSettings}): where to look next, not who.
     */
    public SecondDegree secondDegree(Caller tracer, long caseId, String visit, Duration before, Duration after) {
        TracingCase tracingCase = cases.find(tracer, caseId);
        Duration reachBack = reach("before", before, settings.before());
        Duration reachOn = reach("after", after, settings.after());
        Period period = period(tracingCase);
        PassRow shared = visit(period, caseId, visit);
        CoVisitWindow window = window(period.rows(), shared, reachBack, reachOn);
        List<CoVisitRanking.Ranked> contacts = CoVisitRanking.rank(window, tracingCase.getResident().value(),
                        reads.atVenues(List.of(new PassReads.VenueWindow(shared.venueId(), window)),
                                settings.lateUpload()).stream().map(PassRow::pass).toList()).stream()
                .filter(ranked -> ranked.rank() <= TraceSettings.SECOND_DEGREE_CONTACTS).toList();
        Instant until = window.to().plus(settings.secondDegreeSpan());
        Map<String, Instant> sharedAt = contacts.stream()
                .collect(Collectors.toMap(CoVisitRanking.Ranked::person, CoVisitRanking.Ranked::passedAt));
        List<PassRow> afterwards = reads.ofPeople(sharedAt.keySet(), window.from(), until, settings.lateUpload())
                .stream().filter(row -> row.venueId() != shared.venueId()
                        && row.passedAt().isAfter(sharedAt.get(row.person()))).toList();
        SecondDegree answer = new SecondDegree(CaseVisitView.of(shared, venueNames(List.of(shared.venueId()))
                .get(shared.venueId())), contacts.size(), until, venuesVisited(afterwards));
        lookedUp("TRACING_SECOND_DEGREE_LOOKED_UP", tracingCase, tracingCase.getReference());
        return answer;
    }

    /** The venues most contacts passed first, then the earliest; bounded. */
    private List<SecondDegree.Venue> venuesVisited(List<PassRow> rows) {
        Map<Long, List<PassRow>> byVenue = rows.stream().collect(Collectors.groupingBy(PassRow::venueId));
        Map<Long, String> names = venueNames(byVenue.keySet());
        return byVenue.entrySet().stream().map(entry -> new SecondDegree.Venue(entry.getKey(),
                        names.get(entry.getKey()),
                        (int) entry.getValue().stream().map(PassRow::person).distinct().count(),
                        entry.getValue().stream().map(PassRow::passedAt).min(Comparator.naturalOrder()).orElseThrow(),
                        entry.getValue().stream().map(PassRow::passedAt).max(Comparator.naturalOrder()).orElseThrow()))
                .sorted(Comparator.comparingInt(SecondDegree.Venue::contacts).reversed()
                        .thenComparing(SecondDegree.Venue::firstPassedAt).thenComparingLong(SecondDegree.Venue::venueId))
                .limit(TraceSettings.SECOND_DEGREE_VENUES).toList();
    }

    /** The co-visitors of some of the case's visits, read in one statement, their names masked in one call. */
    private List<CoVisitors> coVisitors(TracingCase tracingCase, Period period, List<PassRow> visits,
                                        Duration before, Duration after) {
        if (visits.isEmpty()) {
            return List.of();
        }
        List<CoVisitWindow> windows = visits.stream().map(visit -> window(period.rows(), visit, before, after))
                .toList();
        List<PassReads.VenueWindow> ranges = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            ranges.add(new PassReads.VenueWindow(visits.get(i).venueId(), windows.get(i)));
        }
        Map<Long, List<PassRow>> atVenue = reads.atVenues(ranges, settings.lateUpload()).stream()
                .collect(Collectors.groupingBy(PassRow::venueId));
        Set<LocalDate> purged = reads.purged(windows.stream().map(w -> w.days().get(0)).min(Comparator.naturalOrder())
                .orElseThrow(), windows.stream().map(w -> w.days().get(w.days().size() - 1))
                .max(Comparator.naturalOrder()).orElseThrow());
        LocalDate firstKept = retention.firstKept(LocalDate.now(CityTime.ZONE));
        String casePerson = tracingCase.getResident().value();
        List<List<CoVisitRanking.Ranked>> ranked = new ArrayList<>();
        List<List<LocalDate>> gone = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            CoVisitWindow window = windows.get(i);
            List<PassRow> inWindow = atVenue.getOrDefault(visits.get(i).venueId(), List.of()).stream()
                    .filter(row -> window.holds(row.passedAt())).toList();
            ranked.add(CoVisitRanking.rank(window, casePerson, inWindow.stream().map(PassRow::pass).toList()));
            gone.add(window.goneDays(purged, firstKept, inWindow.stream().map(row -> day(row.passedAt()))
                    .collect(Collectors.toSet())));
        }
        Map<String, String> names = maskedNames(ranked.stream().flatMap(List::stream)
                .map(CoVisitRanking.Ranked::person).collect(Collectors.toCollection(LinkedHashSet::new)));
        Map<Long, String> venues = venueNames(visits.stream().map(PassRow::venueId).toList());
        List<CoVisitors> answers = new ArrayList<>();
        for (int i = 0; i < visits.size(); i++) {
            answers.add(new CoVisitors(CaseVisitView.of(visits.get(i), venues.get(visits.get(i).venueId())),
                    windows.get(i).from(), windows.get(i).to(), ranked.get(i).stream()
                    .map(r -> new CoVisitorView(r.person(), names.get(r.person()), r.passedAt(), r.overlapMinutes(),
                            r.rank())).toList(), gone.get(i)));
        }
        return answers;
    }

    /** The window of a visit, its stay ended by the case's next pass at another venue, if one is known. */
    private CoVisitWindow window(List<PassRow> caseRows, PassRow visit, Duration before, Duration after) {
        Instant leftBy = caseRows.stream()
                .filter(row -> row.passedAt().isAfter(visit.passedAt()) && row.venueId() != visit.venueId())
                .map(PassRow::passedAt).min(Comparator.naturalOrder()).orElse(null);
        return CoVisitWindow.around(visit.passedAt(), before, after, leftBy, settings.longestStay());
    }

    /** The case's visits over its period; only these are its visits, whatever a path names. */
    private Period period(TracingCase tracingCase) {
        Instant from = CityTime.startOf(tracingCase.getSampledOn().minusDays(settings.lookback().toDays()));
        Instant endOfSample = CityTime.startOf(tracingCase.getSampledOn().plusDays(1));
        Instant until = tracingCase.getOpenedAt().isAfter(endOfSample) ? tracingCase.getOpenedAt() : endOfSample;
        List<PassRow> rows = reads.ofPerson(tracingCase.getResident().value(), from, until, settings.lateUpload())
                .stream().sorted(Comparator.comparing(PassRow::passedAt).thenComparingLong(PassRow::id)).toList();
        LocalDate first = day(from);
        LocalDate last = day(until);
        List<LocalDate> gone = PurgedDay.goneAmong(first.datesUntil(last.plusDays(1)).toList(),
                reads.purged(first, last), retention.firstKept(LocalDate.now(CityTime.ZONE)),
                rows.stream().map(row -> day(row.passedAt())).collect(Collectors.toSet()));
        return new Period(from, until, rows, gone);
    }

    private record Period(Instant from, Instant until, List<PassRow> rows, List<LocalDate> goneDays) {
    }

    private static PassRow visit(Period period, long caseId, String visit) {
        Optional<VisitRef> named = VisitRef.parse(visit);
        return period.rows().stream().filter(row -> named.isPresent() && row.visit().equals(named.get()))
                .findFirst().orElseThrow(() -> new UnknownCase(caseId));
    }

    /** A reach asked for, within reason, or the default. */
    private static Duration reach(String field, Duration asked, Duration otherwise) {
        if (asked == null) {
            return otherwise;
        }
        if (asked.isNegative() || asked.compareTo(TraceSettings.WIDEST) > 0) {
            throw InvalidInput.of(field, TracingTexts.text("tracing.cases.reach", TraceSettings.WIDEST.toHours()));
        }
        return asked;
    }

    private Map<Long, String> venueNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        sites.venues(new HashSet<>(ids)).forEach((id, venue) -> names.put(id, venue.name()));
        return names;
    }

    private Map<String, String> maskedNames(Collection<String> people) {
        Map<String, String> names = new HashMap<>();
        residents.maskedNames(people.stream().map(ResidentRef::new).toList())
                .forEach((person, name) -> names.put(person.value(), name));
        return names;
    }

    private void lookedUp(String action, TracingCase tracingCase, String objectId) {
        audit.record(new AuditRecord(action, Cases.OBJECT_TYPE, objectId, tracingCase.getReference(),
                AuditOutcome.SUCCESS));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(CityTime.ZONE).toLocalDate();
    }
}
