package org.sitepass.residents.entity;

/** Where an appeal stands: open until an officer upholds or dismisses it, which is final. */
public enum AppealStatus {
    OPEN, UPHELD, DISMISSED
}
