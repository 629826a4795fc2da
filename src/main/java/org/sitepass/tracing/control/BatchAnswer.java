package org.sitepass.tracing.control;

import java.util.List;

/** What became of each check of an offline batch, in the batch's order. */
public record BatchAnswer(List<Result> results) {

    public enum Outcome { STORED, ALREADY_STORED, REFUSED }

    /**
     * One check's fate.
     *
     * @param sequence the check's sequence number, if it had one
     * @param problem why it was refused, for {@link Outcome#REFUSED}
     */
    public record Result(Long sequence, Outcome result, Problem problem) {
    }

    /** Why a check was refused, as an API problem would say it, in the reader's language. */
    public record Problem(String type, String field, String detail) {
    }
}
