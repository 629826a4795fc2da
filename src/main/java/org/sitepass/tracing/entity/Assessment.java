package org.sitepass.tracing.entity;

/** What a tracer judged a contact to be; a close or secondary contact is held and isolated, a cleared one is not. */
public enum Assessment {
    CLOSE_CONTACT, SECONDARY_CONTACT, CLEARED;

    /** Whether the person is kept apart: a hold on their code and a transfer to isolation follow. */
    public boolean isolates() {
        return this != CLEARED;
    }
}
