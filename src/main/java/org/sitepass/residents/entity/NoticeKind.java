package org.sitepass.residents.entity;

import java.util.Arrays;
import java.util.Optional;

/** Why a notice stands on a person's health-code page: they were at an exposed venue, or were assessed as a contact. */
public enum NoticeKind {
    EXPOSURE, CLOSE_CONTACT, SECONDARY_CONTACT;

    /** The kind its message to the person is recorded under: {@code NOTICE_EXPOSURE}. */
    public String messageKind() {
        return "NOTICE_" + name();
    }

    public static Optional<NoticeKind> of(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }
}
