package org.sitepass.devices.entity;

/** Why a certificate a device depends on no longer covers it. */
public enum Withdrawal {
    SUSPENDED, REVOKED, EXPIRED
}
