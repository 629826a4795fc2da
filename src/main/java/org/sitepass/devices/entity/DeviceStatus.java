package org.sitepass.devices.entity;

/** Whether a device may still speak to the platform. Decommissioning is final. */
public enum DeviceStatus {
    REGISTERED, DECOMMISSIONED
}
