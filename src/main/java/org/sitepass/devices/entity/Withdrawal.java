package org.sitepass.devices.entity;

import org.sitepass.vendors.CertificateWithdrawn;

/** Why a certificate a device depends on no longer covers it. */
public enum Withdrawal {
    SUSPENDED, REVOKED, EXPIRED;

    public static Withdrawal of(CertificateWithdrawn.Cause cause) {
        return switch (cause) {
            case SUSPENDED -> SUSPENDED;
            case REVOKED -> REVOKED;
            case EXPIRED -> EXPIRED;
        };
    }
}
