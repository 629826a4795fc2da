package org.sitepass.platform;

import jakarta.ws.rs.ForbiddenException;

/**
 * A caller without the role a use case needs. The boundary should have stopped them; a module checks again where
 * the rule lives, so that a page or path added later cannot open a way around it. A 403 like the container's,
 * answered and audited the same way.
 */
public class NotPermitted extends ForbiddenException {

    public NotPermitted(String role) {
        super("requires role " + role);
    }
}
