package org.sitepass.devices.entity;

/** Why a deployment ended or was withdrawn: its vendor took the device away, or the venue's code was revoked. */
public enum EndCause {
    VENDOR, CODE_REVOKED
}
