package org.sitepass.residents.entity;

/** Why an offline paper code was voided before its time: a new card replaced it, or it was reported lost. */
public enum VoidReason {
    REISSUED, LOST
}
