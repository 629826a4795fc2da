package org.sitepass.tracing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.AuditTrail;
import org.sitepass.platform.Caller;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.NotPermitted;
import org.sitepass.platform.Roles;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.Residents;
import org.sitepass.sites.Sites;
import org.sitepass.sites.VenueRef;
import org.sitepass.tracing.entity.CaseReference;
import org.sitepass.tracing.entity.TracingCase;

/**
 * How a case's lookups use the reads: the stay ended by the next pass elsewhere, all the visits' windows in one read,
 * names masked in one call, and one audit entry a lookup naming the case.
 */
class CaseTracesTest {

    private static final Caller TRACER = new Caller("tracer1", Set.of(Roles.TRACER), null);
    private static final String PATIENT = "PatientPatientPatient1";
    private static final LocalDate DAY = LocalDate.now(CityTime.ZONE).minusDays(3);
    private static final TracingCase CASE = TracingCase.open(CaseReference.of(DAY.plusDays(2), 7),
            new ResidentRef(PATIENT), DAY.plusDays(2), null, "LAB-1", null, "tracer1", CityTime.now());

    private final List<PassRow> caseRows = new ArrayList<>();
    private final List<PassRow> venueRows = new ArrayList<>();
    private final List<List<PassReads.VenueWindow>> venueReads = new ArrayList<>();
    private final List<Collection<ResidentRef>> maskings = new ArrayList<>();
    private final List<AuditRecord> audited = new ArrayList<>();
    private final CaseTraces traces = new CaseTraces();

    {
        traces.cases = new Cases() {
            @Override
            public TracingCase find(Caller tracer, long id) {
                tracer.require(Roles.TRACER);
                if (id != 1) {
                    throw new UnknownCase(id);
                }
                return CASE;
            }
        };
        traces.reads = new PassReads() {
            @Override
            List<PassRow> ofPeople(Collection<String> people, Instant from, Instant until, Duration lateUpload) {
                return caseRows.stream().filter(row -> people.contains(row.person())).toList();
            }

            @Override
            List<PassRow> atVenues(List<VenueWindow> windows, Duration lateUpload) {
                venueReads.add(windows);
                return venueRows;
            }

            @Override
            Set<LocalDate> purged(LocalDate first, LocalDate last) {
                return Set.of();
            }
        };
        traces.settings = new TraceSettings();
        traces.settings.lookback = Duration.ofDays(14);
        traces.settings.before = Duration.ofMinutes(30);
        traces.settings.after = Duration.ofMinutes(30);
        traces.settings.longestStay = Duration.ofHours(8);
        traces.settings.lateUpload = Duration.ofHours(6);
        traces.settings.secondDegreeSpan = Duration.ofDays(2);
        traces.retention = new RetentionPeriod();
        traces.retention.period = Duration.ofDays(28);
        traces.sites = new Sites() {
            @Override
            public Map<Long, VenueRef> venues(Collection<Long> ids) {
                Map<Long, VenueRef> venues = new HashMap<>();
                ids.forEach(id -> venues.put(id, new VenueRef(id, "场所" + id, null, "310109", null, "MARKET",
                        "manager1", true)));
                return venues;
            }
        };
        traces.residents = new Residents() {
            @Override
            public Map<ResidentRef, String> maskedNames(Collection<ResidentRef> people) {
                maskings.add(List.copyOf(people));
                Map<ResidentRef, String> names = new HashMap<>();
                people.forEach(person -> names.put(person, person.value().charAt(0) + "*"));
                return names;
            }
        };
        traces.audit = new AuditTrail() {
            @Override
            public void record(AuditRecord record) {
                audited.add(record);
            }
        };
    }

    private static Instant at(int hour, int minute) {
        return LocalDateTime.of(DAY, LocalTime.of(hour, minute)).atZone(CityTime.ZONE).toInstant();
    }

    private static PassRow row(long id, int hour, int minute, long venue, String person) {
        Instant time = at(hour, minute);
        return new PassRow(DAY, id, time, time, venue, "东门", "SENTRY", "HEALTH_CODE", person);
    }

    @Test
    void theNextPassElsewhereEndsTheStayAndAllWindowsAreReadAtOnce() {
        caseRows.add(row(1, 10, 0, 5, PATIENT));
        caseRows.add(row(2, 10, 10, 5, PATIENT));
        caseRows.add(row(3, 12, 0, 6, PATIENT));
        venueRows.add(row(11, 11, 40, 5, "CoVisitorCoVisitor0001"));
        venueRows.add(row(12, 12, 20, 6, "CoVisitorCoVisitor0002"));

        CaseTrace trace = traces.trace(TRACER, 1);

        assertEquals(1, venueReads.size(), "one read for every visit's window");
        assertEquals(3, venueReads.get(0).size());
        assertEquals(at(12, 30), venueReads.get(0).get(0).window().to(),
                "the stay at venue 5 lasts until the pass at venue 6, not the pass again at venue 5");
        assertEquals(at(12, 30), trace.items().get(0).to());
        assertEquals(List.of("CoVisitorCoVisitor0001"), trace.items().get(0).items().stream()
                .map(CoVisitorView::person).toList(), "someone at 11:40 shared the long stay");
        assertEquals(List.of("CoVisitorCoVisitor0002"), trace.items().get(2).items().stream()
                .map(CoVisitorView::person).toList(), "each visit takes the people of its own venue");
        assertEquals(1, maskings.size(), "names masked in one call");
        assertEquals("C*", trace.items().get(0).items().get(0).maskedName());
        assertEquals(List.of("TRACING_CASE_TRACED"), audited.stream().map(AuditRecord::action).toList());
        assertEquals(CASE.getReference(), audited.get(0).purpose());
        assertEquals("tracing_case", audited.get(0).objectType());
    }

    @Test
    void aVisitIsOnlyOneOfTheCasesOwn() {
        caseRows.add(row(1, 10, 0, 5, PATIENT));
        CoVisitors found = traces.coVisitors(TRACER, 1, DAY + ".1", Duration.ofMinutes(10), null);
        assertEquals(at(9, 50), found.from());
        assertEquals(at(10, 30), found.to());
        assertThrows(UnknownCase.class, () -> traces.coVisitors(TRACER, 1, DAY + ".99", null, null));
        assertThrows(UnknownCase.class, () -> traces.coVisitors(TRACER, 1, "not-a-visit", null, null));
        assertEquals(List.of("TRACING_CO_VISITORS_LOOKED_UP"), audited.stream().map(AuditRecord::action).toList(),
                "a refused lookup leaves no entry");
    }

    @Test
    void aWindowWiderThanTwelveHoursIsRefusedByField() {
        caseRows.add(row(1, 10, 0, 5, PATIENT));
        InvalidInput invalid = assertThrows(InvalidInput.class,
                () -> traces.coVisitors(TRACER, 1, DAY + ".1", null, Duration.ofHours(13)));
        assertEquals("after", invalid.problems().get(0).field());
        assertTrue(audited.isEmpty());
    }

    @Test
    void theVisitsLookupIsAuditedAgainstTheCasesPersonAndOthersAreRefused() {
        caseRows.add(row(1, 10, 0, 5, PATIENT));
        CaseVisits visits = traces.visits(TRACER, 1);
        assertEquals(List.of(DAY + ".1"), visits.items().stream().map(CaseVisitView::visit).toList());
        assertEquals("场所5", visits.items().get(0).venueName());
        assertEquals(PATIENT, audited.get(0).objectId());
        assertThrows(NotPermitted.class,
                () -> traces.visits(new Caller("officer1", Set.of(Roles.OFFICER), "310109"), 1));
    }

    @Test
    void theSecondDegreeFollowsTheContactsToTheVenuesTheyPassedAfterwardsNeverWho() {
        caseRows.add(row(1, 10, 0, 5, PATIENT));
        venueRows.add(row(11, 10, 5, 5, "CoVisitorCoVisitor0001"));
        caseRows.add(row(12, 9, 0, 8, "CoVisitorCoVisitor0001"));
        caseRows.add(row(13, 15, 0, 9, "CoVisitorCoVisitor0001"));
        SecondDegree second = traces.secondDegree(TRACER, 1, DAY + ".1", null, null);
        assertEquals(1, second.contactsFollowed());
        assertEquals(List.of(9L), second.items().stream().map(SecondDegree.Venue::venueId).toList(),
                "only where they went after the shared visit");
        assertEquals(1, second.items().get(0).contacts());
    }
}
