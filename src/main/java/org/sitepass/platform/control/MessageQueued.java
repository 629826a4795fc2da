package org.sitepass.platform.control;

/** A message joined the outbox in the current transaction; observed after commit to deliver it at once. */
public record MessageQueued(String kind) {
}
