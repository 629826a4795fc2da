package org.sitepass.residents;

/** What a door does with a person: let them in, or stop them and say why. */
public enum PassOutcome {
    PASS, STOP
}
