package org.sitepass.platform.entity;

/** Where an outbox message stands: waiting for (another) attempt, handed to the gateway, or given up on. */
public enum MessageStatus {
    PENDING, SENT, FAILED
}
