package org.sitepass.vendors;

/** A device model as other modules know it: whose it is, and whether its certificate is in force today. */
public record ModelRef(long id, long vendorId, String name, boolean inForce) {
}
