package org.sitepass.residents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sitepass.platform.AuditOutcome;
import org.sitepass.platform.AuditRecord;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.Languages;
import org.sitepass.platform.Messages;
import org.sitepass.platform.OutgoingMessage;
import org.sitepass.platform.PersonalData;
import org.sitepass.residents.NoticeRequest;
import org.sitepass.residents.NoticesPlaced;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.entity.Notice;
import org.sitepass.residents.entity.NoticeKind;
import org.sitepass.residents.entity.NoticeStatus;
import org.sitepass.residents.entity.Resident;

/**
 * Notices another module places on residents' health-code pages for what it serves (an exposure, a case): each is
 * also sent to the mobile the registry holds, through the platform's messages, so it leaves only once the placing
 * transaction commits; a correction is sent again. Every step goes to the audit trail against the person, in the
 * name of whoever placed, corrected or withdrew it.
 */
@ApplicationScoped
@Transactional
public class Notices {

    static final String PLACED = "RESIDENT_NOTICE_PLACED";
    static final String CORRECTED = "RESIDENT_NOTICE_CORRECTED";
    static final String WITHDRAWN = "RESIDENT_NOTICE_WITHDRAWN";
    private static final String ELLIPSIS = "…";
    private static final Logger LOG = Logger.getLogger(Notices.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ResidentRegistry registry;

    @Inject
    PersonalData personalData;

    @Inject
    Messages messages;

    @Inject
    ActorAudit audit;

    public long place(NoticeRequest request) {
        Resident resident = registry.known(request.resident());
        Notice notice = placeFor(resident, NoticeKind.of(request.kind()).orElseThrow(), seal(request.text()),
                request);
        em.flush();
        return notice.id();
    }

    /**
     * Places the same notice for many people, found in one query: someone the registry does not hold is passed over,
     * and so is someone whose message cannot be made (a malformed mobile), so that one bad entry does not hold up the
     * rest; the log names only what the notices were placed for.
     */
    public NoticesPlaced placeAll(Collection<ResidentRef> people, String kind, String text, String placedFor,
                                  String placedBy, Instant endsAt) {
        NoticeKind noticeKind = NoticeKind.of(kind).orElseThrow();
        String sealed = seal(NoticeRequest.readable(text));
        List<Resident> known = registry.byReferences(people);
        int failed = 0;
        for (Resident resident : known) {
            try {
                placeFor(resident, noticeKind, sealed,
                        new NoticeRequest(resident.reference(), kind, text, placedFor, placedBy)).endingAt(endsAt);
            } catch (IllegalArgumentException unfit) {
                failed++;
                LOG.log(Level.WARNING, "a notice placed for {0} was passed over: {1}",
                        new Object[] {placedFor, unfit.getClass().getSimpleName()});
            }
        }
        int distinct = (int) people.stream().distinct().count();
        return new NoticesPlaced(known.size() - failed, distinct - known.size(), failed);
    }

    /**
     * Withdraws the next active notices placed for {@code placedFor} after notice {@code afterId}, at most
     * {@code limit}: they leave the pages at once. Answers the last notice's id, 0 when none is left.
     */
    public long withdraw(String placedFor, String by, long afterId, int limit) {
        Instant now = CityTime.now();
        List<Object[]> active = activeFor(placedFor, afterId, limit);
        for (Object[] row : active) {
            ((Notice) row[0]).withdraw(by, now);
            audited(WITHDRAWN, (Resident) row[1], placedFor, by);
        }
        return lastId(active);
    }

    /**
     * Gives the next active notices placed for {@code placedFor} after notice {@code afterId}, at most {@code limit},
     * a new text and tells each person again. Answers the last notice's id, 0 when none is left.
     */
    public long correct(String placedFor, String text, String by, long afterId, int limit) {
        String readable = NoticeRequest.readable(text);
        String sealed = seal(readable);
        Instant now = CityTime.now();
        List<Object[]> active = activeFor(placedFor, afterId, limit);
        for (Object[] row : active) {
            Notice notice = (Notice) row[0];
            Resident resident = (Resident) row[1];
            notice.correct(sealed, by, now);
            audited(CORRECTED, resident, placedFor, by);
            tell(resident, notice.kind(), "residents.notice.smsCorrected", readable);
        }
        return lastId(active);
    }

    /** The notices standing on a person's page, the latest placed first: neither withdrawn nor ended. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notice> activeOf(long residentId) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.residentId = :resident AND n.status = :active"
                        + " AND (n.endsAt IS NULL OR n.endsAt > :now) ORDER BY n.placedAt DESC", Notice.class)
                .setParameter("resident", residentId).setParameter("active", NoticeStatus.ACTIVE)
                .setParameter("now", CityTime.now()).getResultList();
    }

    public String textOf(Notice notice) {
        return personalData.open(notice.textSealed(), ResidentsSealedColumns.NOTICE_TEXT);
    }

    /**
     * The message text around a notice's text, in the city's language (a message has no reader's page to take it
     * from); a long notice is cut to fit the message, and the page holds it whole.
     */
    static String messageText(String key, String text) {
        String whole = ResidentsTexts.text(key, text).in(Languages.CHINESE);
        int over = whole.length() - OutgoingMessage.MAX_TEXT_LENGTH;
        if (over <= 0) {
            return whole;
        }
        String cut = text.substring(0, text.length() - over - ELLIPSIS.length()) + ELLIPSIS;
        return ResidentsTexts.text(key, cut).in(Languages.CHINESE);
    }

    /** Makes the message first, so that a person it cannot be made for gets no half of their notice. */
    private Notice placeFor(Resident resident, NoticeKind kind, String sealed, NoticeRequest request) {
        Optional<OutgoingMessage> message = registry.mobileOf(resident).map(mobile -> OutgoingMessage.sms(
                kind.messageKind(), mobile, messageText("residents.notice.sms", request.text())));
        Notice notice = Notice.place(resident.id(), kind, sealed, request.placedFor(), request.placedBy(),
                CityTime.now());
        em.persist(notice);
        audited(PLACED, resident, request.placedFor(), request.placedBy());
        message.ifPresent(messages::send);
        return notice;
    }

    private void tell(Resident resident, NoticeKind kind, String key, String text) {
        registry.mobileOf(resident).ifPresent(mobile ->
                messages.send(OutgoingMessage.sms(kind.messageKind(), mobile, messageText(key, text))));
    }

    /** The next active notices placed for {@code placedFor} by id with their residents, in one query. */
    private List<Object[]> activeFor(String placedFor, long afterId, int limit) {
        return em.createQuery("SELECT n, r FROM Notice n, Resident r WHERE r.id = n.residentId"
                        + " AND n.placedFor = :placedFor AND n.status = :active AND n.id > :after ORDER BY n.id",
                        Object[].class)
                .setParameter("placedFor", placedFor).setParameter("active", NoticeStatus.ACTIVE)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    private static long lastId(List<Object[]> rows) {
        return rows.isEmpty() ? 0 : ((Notice) rows.get(rows.size() - 1)[0]).id();
    }

    private String seal(String text) {
        return personalData.seal(text, ResidentsSealedColumns.NOTICE_TEXT);
    }

    private void audited(String action, Resident resident, String placedFor, String actor) {
        audit.record(actor, new AuditRecord(action, ResidentRegistry.AUDIT_OBJECT, resident.reference().value(),
                AuditPurposes.fit(placedFor), AuditOutcome.SUCCESS));
    }
}
