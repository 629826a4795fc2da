package org.sitepass.sites.control;

/** A venue id that names no venue the caller may see; the boundary answers it as 404. */
public class NoSuchVenue extends RuntimeException {

    public NoSuchVenue() {
        super("no such venue for this caller");
    }
}
