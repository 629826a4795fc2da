package org.sitepass.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.OutgoingMessage;
import org.sitepass.platform.PersonalData;
import org.sitepass.platform.entity.MessageStatus;
import org.sitepass.platform.entity.OutboxMessage;
import org.sitepass.platform.entity.RetrySchedule;
import org.sitepass.platform.entity.SendResult;

/** The outbox table: messages added in their senders' transactions, claimed and settled in short ones of their own. */
@ApplicationScoped
public class MessageRecords {

    static final String RECIPIENT = "platform_message.recipient_sealed";
    static final String TEXT = "platform_message.text_sealed";
    static final String MOBILE_INDEX = "mobile";

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalData personalData;

    @Inject
    Event<MessageQueued> queued;

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(OutgoingMessage message) {
        em.persist(new OutboxMessage(message.kind(), message.channel(),
                personalData.seal(message.mobile(), RECIPIENT), personalData.blindIndex(message.mobile(), MOBILE_INDEX),
                personalData.seal(message.text(), TEXT), CityTime.now()));
        queued.fire(new MessageQueued(message.kind()));
    }

    /** Claims the next attempt of up to {@code limit} due messages, oldest due first, and opens them. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<DueMessage> claimDue(Instant now, int limit) {
        List<Long> ids = em.createQuery("""
                        SELECT m.id FROM OutboxMessage m WHERE m.status = :pending AND m.nextAttemptAt <= :now
                        ORDER BY m.nextAttemptAt, m.id""", Long.class)
                .setParameter("pending", MessageStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        List<DueMessage> claimed = new ArrayList<>();
        for (long id : ids) {
            // another instance may have claimed it between the query and the lock
            OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (message != null && message.isDue(now)) {
                message.claim(now);
                claimed.add(new DueMessage(id, message.getKind(), message.getChannel(),
                        personalData.open(message.getRecipientSealed(), RECIPIENT),
                        personalData.open(message.getTextSealed(), TEXT)));
            }
        }
        return claimed;
    }

    /**
     * Records the gateway's answer; answers the message's status then, or none when the attempt was no longer the
     * message's own (its claim ran out and another attempt settled it first).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<MessageStatus> settle(long id, SendResult result, RetrySchedule retries, Instant now) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getStatus() != MessageStatus.PENDING) {
            return Optional.empty();
        }
        message.settle(result, retries, now);
        return Optional.of(message.getStatus());
    }

    /** Removes delivered and given-up messages written before {@code before}; answers how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int purge(Instant before) {
        return em.createQuery("DELETE FROM OutboxMessage m WHERE m.status IN :settled AND m.createdAt < :before")
                .setParameter("settled", List.of(MessageStatus.SENT, MessageStatus.FAILED))
                .setParameter("before", before).executeUpdate();
    }
}
