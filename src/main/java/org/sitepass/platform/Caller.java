package org.sitepass.platform;

import java.util.Set;

/**
 * Who is making the current request: a person logged in through the pages or a bearer of an API token.
 *
 * @param name     the Keycloak user name (never a personal identifier such as an ID number)
 * @param roles    realm roles held, a subset of {@link Roles#PEOPLE}
 * @param district GB/T 2260 code of the district an officer or inspector works in, if any
 */
public record Caller(String name, Set<String> roles, String district) {

    public static final String ANONYMOUS_NAME = "anonymous";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller anonymous() {
        return new Caller(ANONYMOUS_NAME, Set.of(), null);
    }

    public boolean isAnonymous() {
        return ANONYMOUS_NAME.equals(name) && roles.isEmpty();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** @throws NotPermitted when the caller lacks the role */
    public Caller require(String role) {
        if (!hasRole(role)) {
            throw new NotPermitted(role);
        }
        return this;
    }
}
