package org.sitepass.residents.entity;

/** Why a holder may show a relative's code: the relative's age, or an officer's agreement that they cannot apply. */
public enum RelativeGrounds {
    /** Under 18 on the day of the application. */
    CHILD,
    /** 60 or over on the day of the application. */
    ELDER,
    /** Cannot apply alone, for a reason a district officer of the relative's district approves. */
    UNABLE
}
