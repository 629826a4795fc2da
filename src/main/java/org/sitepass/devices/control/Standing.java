package org.sitepass.devices.control;

import org.sitepass.devices.entity.Deployment;
import org.sitepass.devices.entity.Device;

/** A device in service and its open deployment, if it has one. */
public record Standing(Device device, Deployment deployment) {
}
