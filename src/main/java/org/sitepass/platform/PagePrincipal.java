package org.sitepass.platform;

import java.io.Serializable;
import java.security.Principal;

/**
 * The person behind a page session, as their ID token named them: {@code preferred_username}, and the district
 * ({@code district} claim) an officer or inspector works in, if any.
 */
public record PagePrincipal(String name, String district) implements Principal, Serializable {

    @Override
    public String getName() {
        return name;
    }
}
