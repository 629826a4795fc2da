package org.sitepass.platform.boundary;

import java.io.Serializable;
import java.time.Instant;

/** What Keycloak's token endpoint answered: the ID, access and refresh tokens, and when the access token expires. */
record OidcTokens(String idToken, String accessToken, String refreshToken, Instant accessExpires)
        implements Serializable {
}
