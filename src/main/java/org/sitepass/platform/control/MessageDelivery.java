package org.sitepass.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.PeriodicTask;
import org.sitepass.platform.entity.MessageStatus;
import org.sitepass.platform.entity.RetrySchedule;
import org.sitepass.platform.entity.SendResult;

/**
 * Hands the outbox's messages to the gateway outside any transaction: at once after the transaction that added
 * them commits (a one-time code arrives within a second or two), and on a schedule for retries and for what an
 * instance missed. Each attempt is claimed first, so several instances share the work without sending twice.
 */
@ApplicationScoped
public class MessageDelivery {

    private static final Logger LOG = Logger.getLogger(MessageDelivery.class.getName());
    private static final int BATCH = 50;
    /**
     * Delivered and given-up messages are kept a week, long enough to answer "did my code get sent?" and to look
     * into a failing gateway, then removed with their sealed texts: nothing else needs them.
     */
    static final Duration KEPT = Duration.ofDays(7);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    MessageRecords records;

    @Inject
    @ConfigProperty(name = "sitepass.messages.gateway")
    Optional<String> gateway;

    @Inject
    @ConfigProperty(name = "sitepass.messages.outbox-dir")
    Optional<String> outboxDir;

    @Inject
    @ConfigProperty(name = "sitepass.messages.http-url")
    Optional<String> httpUrl;

    @Inject
    @ConfigProperty(name = "sitepass.messages.http-token")
    Optional<String> httpToken;

    @Inject
    @ConfigProperty(name = "sitepass.messages.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "sitepass.messages.delivery-interval", defaultValue = "PT30S")
    Duration interval;

    private final AtomicBoolean wanted = new AtomicBoolean();
    private MessageSender sender;
    private RetrySchedule retries;
    private ScheduledFuture<?> rounds;

    /** Fails the deployment when the gateway is not configured, rather than at the first message. */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sender = MessageSenders.choose(gateway, outboxDir, httpUrl, httpToken);
        retries = RetrySchedule.DEFAULT.withMaxAttempts(maxAttempts);
        if (sender instanceof OutboxDirectory outbox) {
            LOG.log(Level.WARNING, "messages are written to files in {0}, not sent: a development setting",
                    outbox.directory().toAbsolutePath());
        }
        rounds = PeriodicTask.schedule(executor, PeriodicTask.soon(interval), interval, "message delivery", () -> {
            deliverDue();
            int removed = records.purge(CityTime.now().minus(KEPT));
            LOG.log(Level.FINE, "{0} settled messages removed", removed);
        });
    }

    /**
     * Wakes one delivery run on the container's executor, not in the committing request's thread; a run already
     * woken takes this message too.
     */
    void deliverSoon(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued queued) {
        if (!wanted.getAndSet(true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                // the message stays in the outbox for the next start's rounds; later wake-ups must not be lost
                wanted.set(false);
            }
        }
    }

    private void drain() {
        try {
            while (wanted.getAndSet(false)) {
                deliverDue();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "prompt message delivery failed; the scheduled round retries", e);
        }
    }

    void deliverDue() {
        List<DueMessage> due;
        do {
            due = records.claimDue(CityTime.now(), BATCH);
            for (DueMessage message : due) {
                SendResult result = attempt(message);
                Optional<MessageStatus> status = records.settle(message.id(), result, retries, CityTime.now());
                if (status.orElse(null) == MessageStatus.FAILED) {
                    LOG.log(Level.WARNING, "message {0} ({1}) is given up: {2}",
                            new Object[] {message.id(), message.kind(), result.error()});
                }
            }
        } while (due.size() == BATCH);
    }

    private SendResult attempt(DueMessage message) {
        try {
            return sender.send(message);
        } catch (RuntimeException e) {
            return SendResult.retry(e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
