package org.sitepass.residents.entity;

/**
 * Where an offline paper code stands. Only {@code ACTIVE} and {@code VOID} are stored: a card lapses by its date
 * alone, so that no job has to mark a million cards expired.
 */
public enum OfflineCodeStatus {
    ACTIVE, EXPIRED, VOID
}
