package org.sitepass.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.sitepass.platform.Roles;

/** The REST API under {@code /api/v1}; every call carries a Keycloak access token. */
@ApplicationPath("api/v1")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT", realmName = "sitepass")
@DeclareRoles({Roles.RESIDENT, Roles.VENUE_MANAGER, Roles.VENDOR, Roles.OFFICER, Roles.INSPECTOR, Roles.TRACER,
        Roles.AUDITOR})
@OpenAPIDefinition(
        info = @Info(title = "SitePass API", version = "1",
                description = "Site codes, digital sentries and inspections. Errors are RFC 9457 problem+json."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class JaxRsActivator extends Application {
}
