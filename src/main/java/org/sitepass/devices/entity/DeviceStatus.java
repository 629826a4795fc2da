package org.sitepass.devices.entity;

/**
 * Whether a device may speak to the platform. Its Keycloak client lives outside our transactions, so two states
 * say that Keycloak has not caught up yet: PENDING_CLIENT (stored, its client not yet made; registering the serial
 * again finishes it) and DECOMMISSIONING (refused here already, its client not yet disabled; decommissioning again
 * finishes it). A STOPPED device's vendor or model certificate is withdrawn; reinstatement restarts it.
 * Decommissioning is final.
 */
public enum DeviceStatus {
    PENDING_CLIENT, REGISTERED, STOPPED, DECOMMISSIONING, DECOMMISSIONED;

    /** Decommissioned in the registry, whatever Keycloak still says. */
    public boolean isRetired() {
        return this == DECOMMISSIONING || this == DECOMMISSIONED;
    }
}
