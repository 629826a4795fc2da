package org.sitepass.residents.control;

/** Free text the module puts in an audit entry's purpose, cut to what the entry holds rather than refused. */
final class AuditPurposes {

    /** The audit entry's purpose column holds this many characters. */
    static final int LENGTH = 255;

    private AuditPurposes() {
    }

    static String fit(String text) {
        return text == null || text.length() <= LENGTH ? text : text.substring(0, LENGTH);
    }
}
