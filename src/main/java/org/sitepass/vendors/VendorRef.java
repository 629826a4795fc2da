package org.sitepass.vendors;

/** A vendor as other modules know it: its id, name, and whether its certificate is in force today. */
public record VendorRef(long id, String name, boolean inForce) {
}
