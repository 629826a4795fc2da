package org.sitepass.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.sitepass.platform.control.MessageRecords;

/**
 * The one way a module sends a message to a person (one-time codes, notices, exposure notices). The message joins
 * the caller's transaction as a row of the outbox and leaves only after that transaction commits: a use case that
 * rolls back has sent nothing, and no gateway is called while the caller holds its locks. Delivery is at least once
 * (a crash between the gateway's answer and its record sends again), with retries over about an hour.
 */
@ApplicationScoped
public class Messages {

    @Inject
    MessageRecords records;

    /** Refused (a {@code TransactionalException}) outside a transaction, where nothing would make it durable. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(OutgoingMessage message) {
        records.add(message);
    }
}
