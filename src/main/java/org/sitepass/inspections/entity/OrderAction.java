package org.sitepass.inspections.entity;

/** What can be done to a rectification order: the venue answers it, an inspector closes or escalates it. */
public enum OrderAction {
    RESPOND, CLOSE, ESCALATE
}
