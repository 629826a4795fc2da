package org.sitepass.residents.control;

/**
 * The residents module's sealed columns, each also the context its values are sealed for. They were sealed from
 * the first row, so they are not a {@code SealedColumnContribution}: its start-up sweep for values in clear would
 * scan a million rows at every start for nothing.
 */
public final class ResidentsSealedColumns {

    public static final String NUMBER = "residents_resident.number_sealed";
    public static final String NAME = "residents_resident.name_sealed";
    public static final String MOBILE = "residents_resident.mobile_sealed";
    public static final String COLOUR_REASON = "residents_colour_change.reason_sealed";
    public static final String NAT_INSTITUTION = "residents_nat_test.institution_sealed";
    public static final String HOLD_REASON = "residents_hold.reason_sealed";
    public static final String APPEAL_REASON = "residents_appeal.reason_sealed";
    public static final String APPEAL_DECISION = "residents_appeal.decision_sealed";
    public static final String NOTICE_TEXT = "residents_notice.text_sealed";

    private ResidentsSealedColumns() {
    }
}
