package org.sitepass.residents.entity;

/** What a resident may contest: a colour the health-code system gave, or a nucleic-acid test result. */
public enum AppealSubject {
    COLOUR_CHANGE, NAT_TEST
}
