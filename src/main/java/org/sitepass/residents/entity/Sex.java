package org.sitepass.residents.entity;

/** A resident's sex as their document records it; named under {@code label.sex.<NAME>} in the module's bundle. */
public enum Sex {
    MALE,
    FEMALE;

    /** The kind under which {@code Labels} names a sex. */
    public static final String LABEL_KIND = "sex";
}
