package org.sitepass.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sitepass.platform.Roles;

/**
 * The REST API under {@code /api/v1}; every call carries a Keycloak access token ({@link BearerMechanism}), except
 * the few reference lists open to all. {@link ApiDocumentFilter} applies the security scheme and the module tags to
 * each operation.
 */
@ApplicationPath("api/v1")
@ApplicationScoped
@DeclareRoles({Roles.RESIDENT, Roles.VENUE_MANAGER, Roles.VENDOR, Roles.OFFICER, Roles.INSPECTOR, Roles.TRACER,
        Roles.AUDITOR, Roles.DOOR_STAFF, Roles.SENTRY, Roles.HEALTH_FEED})
@OpenAPIDefinition(
        info = @Info(title = "SitePass API", version = "1",
                description = "Site codes, digital sentries and inspections. Errors are RFC 9457 problem+json."),
        tags = {
            @Tag(name = "platform", description = "Who the caller is, the audit trail, districts and streets"),
            @Tag(name = "sites", description = "Venues, site-code applications and review, site codes, posters"),
            @Tag(name = "vendors", description = "Vendors, their certification, device models, qualified suppliers"),
            @Tag(name = "devices", description = "Sentry devices, credentials, deployments to venues, heartbeats"),
            @Tag(name = "inspections",
                    description = "Inspection plans and planned visits, inspections, rectification orders, compliance"),
            @Tag(name = "residents", description = "Residents, the health data feed, health codes, pass rules and the"
                    + " verdict"),
            @Tag(name = "tracing", description = "Checks at the door, poster check-ins, door staff, pass records and"
                    + " their retention, visits")
        })
@SecurityScheme(securitySchemeName = ApiDocumentFilter.SECURITY_SCHEME, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT",
        description = "An access token of the Keycloak realm sitepass; sentries use their own client's credentials")
public class JaxRsActivator extends Application {
}
