package org.sitepass.residents;

/** The result of a nucleic-acid or antigen test as the laboratory reported it; pending until it has one. */
public enum TestResult {
    NEGATIVE, POSITIVE, PENDING
}
