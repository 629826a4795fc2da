package org.sitepass.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.sitepass.platform.MessageChannel;

/**
 * One message in the outbox. The recipient and the text are held sealed; who opens them is the delivery job, just
 * before handing the message to the gateway. An attempt is claimed before the gateway is called (the attempt is
 * counted and the message put out of reach for a while), so that a second instance does not send it too and an
 * instance that dies while sending leaves it to be tried again.
 */
@Entity
@Table(name = "platform_message")
public class OutboxMessage {

    /** Longer than one gateway call with its timeouts: a claim older than this belongs to a dead attempt. */
    public static final Duration CLAIM_HELD = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    @Enumerated(EnumType.STRING)
    private MessageChannel channel;
    @Column(name = "recipient_sealed")
    private String recipientSealed;
    @Column(name = "recipient_index")
    private String recipientIndex;
    @Column(name = "text_sealed")
    private String textSealed;
    @Column(name = "created_at")
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private MessageStatus status;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "last_error")
    private String lastError;
    @Version
    private long version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String kind, MessageChannel channel, String recipientSealed, String recipientIndex,
                         String textSealed, Instant now) {
        this.kind = kind;
        this.channel = channel;
        this.recipientSealed = recipientSealed;
        this.recipientIndex = recipientIndex;
        this.textSealed = textSealed;
        this.createdAt = now;
        this.status = MessageStatus.PENDING;
        this.nextAttemptAt = now;
    }

    public boolean isDue(Instant now) {
        return status == MessageStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Takes the next attempt for the caller; refused when the message is not due (sent, given up, or claimed). */
    public void claim(Instant now) {
        if (!isDue(now)) {
            throw new IllegalStateException("message " + id + " is not due");
        }
        attempts++;
        nextAttemptAt = now.plus(CLAIM_HELD);
    }

    /** Records the gateway's answer to the attempt just claimed. */
    public void settle(SendResult result, RetrySchedule retries, Instant now) {
        if (status != MessageStatus.PENDING || attempts == 0) {
            throw new IllegalStateException("message " + id + " has no attempt under way");
        }
        switch (result.outcome()) {
            case SENT -> {
                status = MessageStatus.SENT;
                sentAt = now;
                lastError = null;
            }
            case REJECTED -> {
                status = MessageStatus.FAILED;
                lastError = result.error();
            }
            case RETRY -> {
                lastError = result.error();
                retries.nextAttempt(attempts, now).ifPresentOrElse(next -> nextAttemptAt = next,
                        () -> status = MessageStatus.FAILED);
            }
        }
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public MessageChannel getChannel() {
        return channel;
    }

    public String getRecipientSealed() {
        return recipientSealed;
    }

    public String getTextSealed() {
        return textSealed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
