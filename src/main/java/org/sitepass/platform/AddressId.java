package org.sitepass.platform;

import java.io.Serializable;

/**
 * The {@code ?id=} of a page's address: the text as typed, kept so that the page links back to what was asked, and
 * the record it names; anything but digits names none.
 */
public final class AddressId implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private Long id;

    public String getParameter() {
        return text;
    }

    public void setParameter(String text) {
        this.text = text;
        this.id = PageRequest.id(text);
    }

    /** The record the address names, or null when it names none. */
    public Long get() {
        return id;
    }

    /** Whether the address asks for a record at all; a malformed id still asks, and is answered as not found. */
    public boolean given() {
        return text != null && !text.isEmpty();
    }

    /** A record made on the page becomes the page's own, so that what follows acts on it. */
    public void set(long made) {
        id = made;
        text = Long.toString(made);
    }
}
