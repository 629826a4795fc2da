package org.sitepass.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OpenID Connect login for the pages. The provider and client come from configuration
 * ({@code SITEPASS_OIDC_PROVIDER_URI}, {@code SITEPASS_OIDC_CLIENT_ID}, {@code SITEPASS_OIDC_CLIENT_SECRET}),
 * read through the EL expressions below.
 */
@ApplicationScoped
@Named("oidcSettings")
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = true,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        jwksConnectTimeout = 5000,
        jwksReadTimeout = 5000)
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
