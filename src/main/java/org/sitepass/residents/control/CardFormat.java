package org.sitepass.residents.control;

/** The sizes an offline card prints at: the card itself (A6), or an A4 sheet with the card to cut out. */
public enum CardFormat {
    A6, A4
}
