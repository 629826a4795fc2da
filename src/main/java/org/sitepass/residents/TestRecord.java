package org.sitepass.residents;

import java.time.Instant;

/**
 * One test of a person as a tracer reads it: a nucleic-acid test with its laboratory, or an antigen self-test, whose
 * sample and result are the moment it was taken and which has no institution.
 *
 * @param kind {@link #NUCLEIC_ACID} or {@link #ANTIGEN}
 * @param resultAt when the result came, or null while it is pending
 * @param institution the laboratory of a nucleic-acid test; null for an antigen test
 */
public record TestRecord(String kind, Instant sampledAt, Instant resultAt, TestResult result, String institution) {

    public static final String NUCLEIC_ACID = "NUCLEIC_ACID";
    public static final String ANTIGEN = "ANTIGEN";

    /** A person's tests are health data: a log line or a message naming the record shows only its kind. */
    @Override
    public String toString() {
        return "TestRecord[" + kind + "]";
    }
}
