package org.sitepass.devices.entity;

/**
 * A deployment proposed, standing at the door, suspended there with the venue's code, or over: declined by the
 * venue, withdrawn, or ended by a move, a removal or the code's revocation.
 */
public enum DeploymentStatus {
    PROPOSED, ACTIVE, SUSPENDED, DECLINED, WITHDRAWN, ENDED;

    /** Holds the device: it stands at one venue at a time. */
    public boolean isOpen() {
        return this == PROPOSED || this == ACTIVE || this == SUSPENDED;
    }
}
