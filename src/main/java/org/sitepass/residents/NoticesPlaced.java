package org.sitepass.residents;

/**
 * What placing one notice for many people came to: those placed, those the registry does not hold, and those whose
 * notice could not be placed (their registry entry will not make a message), which the caller does not retry.
 */
public record NoticesPlaced(int placed, int unknown, int failed) {
}
