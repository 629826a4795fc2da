package org.sitepass.platform;

/**
 * A caller without the role a use case needs. The boundary should have stopped them; a module checks again where
 * the rule lives, so that a page or path added later cannot open a way around it. Answered and audited like the
 * container's 403.
 */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String role) {
        super("requires role " + role);
    }
}
