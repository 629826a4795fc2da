package org.sitepass.residents.entity;

/** A notice stands on the person's page until whoever placed it withdraws it. */
public enum NoticeStatus {
    ACTIVE, WITHDRAWN
}
