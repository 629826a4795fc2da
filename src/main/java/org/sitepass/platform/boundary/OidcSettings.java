package org.sitepass.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenID Connect login for the pages. The provider and client come from configuration
 * ({@code SITEPASS_OIDC_PROVIDER_URI}, {@code SITEPASS_OIDC_CLIENT_ID}, {@code SITEPASS_OIDC_CLIENT_SECRET}),
 * read through the EL expressions below. After login the user lands on the home page: Soteria 3.0.3's replay
 * of the original request breaks Faces requests (its restored request has no parameter map).
 */
@ApplicationScoped
@Named("oidcSettings")
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        jwksConnectTimeout = 5000,
        jwksReadTimeout = 5000,
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}" + LogoutServlet.GOODBYE))
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "sitepass.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.client-id", defaultValue = "sitepass-web")
    String clientId;

    @Inject
    @ConfigProperty(name = "sitepass.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
