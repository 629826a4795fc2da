package org.sitepass.residents.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.Messages;
import org.sitepass.platform.OutgoingMessage;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.NoticeRequest;
import org.sitepass.residents.NoticesPlaced;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.entity.DocumentType;
import org.sitepass.residents.entity.Notice;
import org.sitepass.residents.entity.NoticeKind;
import org.sitepass.residents.entity.NoticeStatus;
import org.sitepass.residents.entity.Resident;
import org.sitepass.residents.entity.SealedIdentity;
import org.sitepass.residents.entity.Sex;
import org.sitepass.residents.entity.SourceVersion;

class NoticesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private static final String EXPOSURE = "EX-20261204-0001";
    private static final ResidentRef WITH_MOBILE = new ResidentRef("abcdefghijklmnopqrstuv");
    private static final ResidentRef WITHOUT_MOBILE = new ResidentRef("ABCDEFGHIJKLMNOPQRSTUV");
    private static final ResidentRef BAD_MOBILE = new ResidentRef("bbbbbbbbbbbbbbbbbbbbbb");
    private static final ResidentRef UNKNOWN = new ResidentRef("uuuuuuuuuuuuuuuuuuuuuu");

    private final List<Object> persisted = new ArrayList<>();
    private final List<Object[]> activeRows = new ArrayList<>();
    private final List<Object> queried = new ArrayList<>();
    private final List<OutgoingMessage> sent = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final Notices notices = new Notices();

    NoticesTest() {
        notices.em = entityManager();
        notices.registry = new ResidentRegistry() {
            @Override
            public Resident known(ResidentRef reference) {
                return resident(reference, reference.equals(WITH_MOBILE) ? 1 : 2);
            }

            @Override
            public List<Resident> byReferences(Collection<ResidentRef> references) {
                List<Resident> known = new ArrayList<>();
                references.stream().filter(r -> !r.equals(UNKNOWN))
                        .forEach(r -> known.add(resident(r, 3 + known.size())));
                return known;
            }

            @Override
            public Optional<String> mobileOf(Resident resident) {
                return resident.reference().equals(WITH_MOBILE) ? Optional.of("13812345678")
                        : resident.reference().equals(BAD_MOBILE) ? Optional.of("1381234") : Optional.empty();
            }
        };
        notices.personalData = new PersonalData() {
            @Override
            public String seal(String plaintext, String column) {
                return column + "|" + plaintext;
            }

            @Override
            public String open(String sealed, String column) {
                return sealed.substring(column.length() + 1);
            }
        };
        notices.messages = new Messages() {
            @Override
            public void send(OutgoingMessage message) {
                sent.add(message);
            }
        };
        notices.audit = new ActorAudit() {
            @Override
            public void record(String actor, AuditRecord record) {
                audited.add(actor + " " + record.action() + " " + record.objectId() + " " + record.purpose());
            }
        };
    }

    @Test
    void aNoticeIsSealedAuditedInThePlacersNameAndSentToTheRegistrysMobile() {
        long id = notices.place(new NoticeRequest(WITH_MOBILE, "EXPOSURE", "您曾到访的场所出现病例，请尽快做核酸检测。",
                EXPOSURE, "tracer1"));

        assertEquals(41, id);
        Notice notice = (Notice) persisted.get(0);
        assertEquals(ResidentsSealedColumns.NOTICE_TEXT + "|您曾到访的场所出现病例，请尽快做核酸检测。", notice.textSealed());
        assertEquals(NoticeKind.EXPOSURE, notice.kind());
        assertEquals(1L, residentOf(notice));
        assertEquals(List.of("tracer1 RESIDENT_NOTICE_PLACED " + WITH_MOBILE.value() + " " + EXPOSURE), audited);
        assertEquals(1, sent.size());
        assertEquals("NOTICE_EXPOSURE", sent.get(0).kind());
        assertEquals("13812345678", sent.get(0).mobile());
        assertTrue(sent.get(0).text().contains("您曾到访的场所出现病例，请尽快做核酸检测。"), sent.get(0).text());
    }

    @Test
    void manyPeopleAtOnceWithTheUnknownAndTheUnfitPassedOverAndCounted() {
        NoticesPlaced placed = notices.placeAll(List.of(WITH_MOBILE, BAD_MOBILE, UNKNOWN, WITHOUT_MOBILE),
                "EXPOSURE", "请尽快做核酸检测。", EXPOSURE, "tracer1", NOW.plus(Duration.ofDays(14)));

        assertEquals(new NoticesPlaced(2, 1, 1), placed);
        assertEquals(List.of(3L, 5L), persisted.stream().map(NoticesTest::residentOf).toList(),
                "the one whose message cannot be made gets no half of a notice");
        assertEquals(List.of("13812345678"), sent.stream().map(OutgoingMessage::mobile).toList());
        assertEquals(2, audited.size());
        assertEquals(NOW.plus(Duration.ofDays(14)), ((Notice) persisted.get(0)).endsAt(), "it leaves the page then");
    }

    @Test
    void someoneWithoutAMobileStillGetsTheNoticeOnTheirPage() {
        notices.place(new NoticeRequest(WITHOUT_MOBILE, "CLOSE_CONTACT", "请居家等候联系。", "TC-20261204-0001", "tracer1"));
        assertEquals(1, persisted.size());
        assertEquals(List.of(), sent);
        assertEquals(1, audited.size());
    }

    @Test
    void withdrawingTakesEveryActiveNoticeOfThePlacingAndSendsNothing() {
        Notice first = stored(Notice.place(1, NoticeKind.EXPOSURE, "s", EXPOSURE, "tracer1", NOW), 7);
        Notice second = stored(Notice.place(2, NoticeKind.EXPOSURE, "s", EXPOSURE, "tracer1", NOW), 9);
        activeRows.add(new Object[] {first, resident(WITH_MOBILE, 1)});
        activeRows.add(new Object[] {second, resident(WITHOUT_MOBILE, 2)});

        assertEquals(9, notices.withdraw(EXPOSURE, "tracer2", 5, 200), "the last notice taken, to go on after it");
        assertEquals(List.of(EXPOSURE, NoticeStatus.ACTIVE, 5L, 200), queried);
        assertThrows(RequestRefused.class, () -> first.withdraw("tracer2", NOW), "withdrawn already");
        assertThrows(RequestRefused.class, () -> second.withdraw("tracer2", NOW), "withdrawn already");
        assertEquals(List.of("tracer2 RESIDENT_NOTICE_WITHDRAWN " + WITH_MOBILE.value() + " " + EXPOSURE,
                "tracer2 RESIDENT_NOTICE_WITHDRAWN " + WITHOUT_MOBILE.value() + " " + EXPOSURE), audited);
        assertEquals(List.of(), sent);
    }

    @Test
    void aCorrectionChangesTheTextAndTellsThePersonAgain() {
        Notice notice = stored(Notice.place(1, NoticeKind.EXPOSURE, "old", EXPOSURE, "tracer1", NOW), 3);
        activeRows.add(new Object[] {notice, resident(WITH_MOBILE, 1)});

        assertEquals(3, notices.correct(EXPOSURE, " 时间更正为12月3日14时至16时，请尽快检测。 ", "tracer1", 0, 200));
        assertEquals("时间更正为12月3日14时至16时，请尽快检测。", notices.textOf(notice));
        assertTrue(sent.get(0).text().contains("更正") && sent.get(0).text().contains("12月3日14时至16时"),
                sent.get(0).text());
        assertEquals(List.of("tracer1 RESIDENT_NOTICE_CORRECTED " + WITH_MOBILE.value() + " " + EXPOSURE), audited);
        assertThrows(IllegalArgumentException.class, () -> notices.correct(EXPOSURE, "<script>", "tracer1", 0, 200));
    }

    @Test
    void noNoticeLeftEndsTheBatches() {
        assertEquals(0, notices.withdraw(EXPOSURE, "tracer2", 9, 200));
        assertEquals(0, notices.correct(EXPOSURE, "请尽快检测。", "tracer1", 9, 200));
    }

    @Test
    void aLongNoticeIsCutToFitOneMessage() {
        String text = "请".repeat(500);
        String message = Notices.messageText("residents.notice.sms", text);
        assertEquals(OutgoingMessage.MAX_TEXT_LENGTH, message.length());
        assertTrue(message.contains("请…"), message);
        assertEquals("【场所码】请做核酸检测。 详情请查看您的健康码页面。",
                Notices.messageText("residents.notice.sms", "请做核酸检测。"), "a short notice is sent whole");
    }

    private static Object residentOf(Object notice) {
        try {
            Field field = Notice.class.getDeclaredField("residentId");
            field.setAccessible(true);
            return field.get(notice);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Notice stored(Notice notice, long id) {
        try {
            Field field = Notice.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(notice, id);
            return notice;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Resident resident(ResidentRef reference, long id) {
        return QueryCounter.stored(Resident.register(reference, DocumentType.RESIDENT_ID_CARD,
                new SealedIdentity("n", "ni", "name", null, null),
                new Resident.Particulars("310109", null, Sex.FEMALE, false), new SourceVersion("hc", "1", NOW), NOW),
                id);
    }

    /** Persists with the next id and answers any query with the active rows the test set. */
    private EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "persist" -> {
                        Field id = arguments[0].getClass().getDeclaredField("id");
                        id.setAccessible(true);
                        id.set(arguments[0], 41L + persisted.size());
                        persisted.add(arguments[0]);
                        yield null;
                    }
                    case "flush" -> null;
                    case "createQuery" -> Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[] {TypedQuery.class}, (query, call, values) -> switch (call.getName()) {
                                case "getResultList" -> activeRows;
                                case "setParameter" -> {
                                    queried.add(values[1]);
                                    yield query;
                                }
                                case "setMaxResults" -> {
                                    queried.add(values[0]);
                                    yield query;
                                }
                                default -> throw new UnsupportedOperationException(call.getName());
                            });
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
