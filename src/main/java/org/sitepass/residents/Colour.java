package org.sitepass.residents;

/** A health code's colour, in the order of strictness: a door lets green through and stops yellow and red. */
public enum Colour {
    GREEN, YELLOW, RED;

    /** The stricter of two colours, as the verdict takes the feed's colour and any hold together. */
    public Colour stricter(Colour other) {
        return other == null || other.ordinal() <= ordinal() ? this : other;
    }
}
