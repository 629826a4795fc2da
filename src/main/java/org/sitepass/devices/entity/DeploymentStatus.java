package org.sitepass.devices.entity;

/** A deployment proposed, standing at the door, or over: declined by the venue, withdrawn, or ended by a move. */
public enum DeploymentStatus {
    PROPOSED, ACTIVE, DECLINED, WITHDRAWN, ENDED;

    public boolean isOpen() {
        return this == PROPOSED || this == ACTIVE;
    }
}
