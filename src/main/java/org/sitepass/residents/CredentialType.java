package org.sitepass.residents;

/** What a person showed at a door, as the pass record keeps it. */
public enum CredentialType {
    /** The dynamic health code on the person's own phone. */
    HEALTH_CODE,
    /** A relative's code, shown by the holder's phone, speaking for the relative. */
    RELATIVE_CODE,
    /** The paper offline code: door staff accept it, sentries send the person to the ID card reader. */
    OFFLINE_CODE,
    /** A resident ID card's number and name, read from its chip. */
    ID_CARD
}
