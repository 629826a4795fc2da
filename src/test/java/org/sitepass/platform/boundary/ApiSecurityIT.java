package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sitepass.testing.Api;
import org.sitepass.testing.KeycloakMaster;
import org.sitepass.testing.Stack;
import org.sitepass.testing.Tokens;

/** The API against real Keycloak tokens: who gets in, who does not, and what they are told. */
@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Stack.war();
    }

    @Test
    void noTokenIs401AsProblemJson() {
        Api.Reply reply = Api.anonymous().get("/api/v1/me");
        assertProblem(reply, 401);
        assertEquals("未登录或令牌无效", reply.json().getString("title"));
    }

    @Test
    void aForgedTokenIs401AsProblemJson() {
        String forged = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYW5hZ2VyMSIsImdyb3VwcyI6WyJBVURJVE9SIl19.c2lnbmF0dXJl";
        Api.Reply reply = Api.withToken(forged).inLanguage("en").get("/api/v1/me");
        assertProblem(reply, 401);
        assertEquals("Not logged in or token not valid", reply.json().getString("title"));
        assertEquals("en", reply.contentLanguage());
    }

    @Test
    void theWrongRoleIs403AsProblemJson() {
        assertProblem(Api.as("manager1").get("/api/v1/audit-entries"), 403);
        assertProblem(Api.as("officer1").post("/api/v1/audit-entries/verification"), 403);
    }

    @Test
    void meTellsAManagerWhoTheyAre() {
        Api.Reply reply = Api.as("manager1").get("/api/v1/me");
        assertEquals(200, reply.status());
        JsonObject me = reply.json();
        assertEquals("manager1", me.getString("userName"));
        assertEquals(1, me.getJsonArray("roles").size());
        assertEquals("VENUE_MANAGER", me.getJsonArray("roles").getString(0));
        assertFalse(me.containsKey("district") && !me.isNull("district"), "a manager has no district");
    }

    @Test
    void meTellsAnOfficerTheirDistrict() {
        JsonObject me = Api.as("officer2").get("/api/v1/me").json();
        assertEquals("officer2", me.getString("userName"));
        assertEquals("310115", me.getString("district"));
        assertTrue(me.getJsonArray("roles").toString().contains("OFFICER"));
    }

    @Test
    void badInputNamesEveryFieldInTheCallersLanguage() {
        Api.Reply chinese = Api.as("auditor1").get("/api/v1/audit-entries?size=1000&from=yesterday");
        assertProblem(chinese, 400);
        JsonObject problem = chinese.json();
        assertEquals("urn:sitepass:problem:validation", problem.getString("type"));
        assertEquals("from", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("size", problem.getJsonArray("errors").getJsonObject(1).getString("field"));
        assertTrue(problem.getJsonArray("errors").getJsonObject(0).getString("message").contains("UTC 时间"));

        Api.Reply english = Api.as("auditor1").inLanguage("en").get("/api/v1/audit-entries?size=0");
        assertEquals("size", english.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("Invalid input", english.json().getString("title"));
    }

    @Test
    void timesThatDoNotExistAreBadInputNotAFailure() {
        Api.Reply reply = Api.as("auditor1").get("/api/v1/audit-entries?from=2026-13-45T99:99:99Z&page=999999999");
        assertProblem(reply, 400);
        assertEquals(2, reply.json().getJsonArray("errors").size());
    }

    @Test
    void disguisedApiPathsAreStillAnsweredAsTheApi() {
        for (String disguised : List.of("/%61pi/v1/me", "/api;x=1/v1/me")) {
            Api.Reply reply = Api.anonymous().get(disguised);
            assertTrue(reply.status() == 401 || reply.status() == 404, disguised + ": " + reply.body());
            assertProblem(reply, reply.status());
        }
    }

    @Test
    void refusalsAreAudited() {
        Api.as("vendor1").get("/api/v1/audit-entries");
        JsonObject page = Api.as("auditor1").get("/api/v1/audit-entries?actor=vendor1&action=ACCESS_DENIED").json();
        assertTrue(page.getInt("total") >= 1);
        JsonObject entry = page.getJsonArray("items").getJsonObject(0);
        assertEquals("GET /api/v1/audit-entries", entry.getString("objectId"));
        assertEquals("DENIED", entry.getString("outcome"));
        assertEquals("VENDOR", entry.getString("actorRoles"));
    }

    @Test
    void unknownApiPathsAre404AsProblemJson() {
        assertProblem(Api.as("manager1").get("/api/v1/no-such-thing"), 404);
    }

    @Test
    void operationsEndpointsAreOpen() {
        Api.Reply health = Api.anonymous().get("/health/ready");
        assertEquals(200, health.status());
        assertTrue(health.body().contains("\"database\"") && health.body().contains("\"keycloak\""));
        Api.Reply openApi = Api.anonymous().get("/openapi");
        assertEquals(200, openApi.status());
        assertTrue(openApi.body().contains("/api/v1/me"));
        assertTrue(openApi.body().contains("/api/v1/audit-entries"));
        Api.Reply ping = Api.anonymous().get("/api/v1/ping");
        assertEquals(204, ping.status(), "the benchmarks' do-nothing yardstick answers without a token");
        assertEquals("", ping.body());
    }

    /** What a client generator needs: a document a maintained OpenAPI parser reads without a single complaint. */
    @Test
    void theApiDocumentIsValidOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(Api.anonymous().get("/openapi").body(), null,
                options);
        assertEquals(List.of(), result.getMessages());
        OpenAPI document = result.getOpenAPI();

        Set<String> operationIds = new HashSet<>();
        document.getPaths().forEach((path, item) -> {
            assertTrue(path.matches("(/([A-Za-z0-9._-]+|\\{[A-Za-z]+}))+"), "a plain template: " + path);
            item.readOperationsMap().forEach((method, operation) -> {
                String name = method + " " + path;
                assertTrue(operationIds.add(operation.getOperationId()), "unique id: " + name);
                assertEquals(1, operation.getTags().size(), name);
                assertTrue(List.of("platform", "sites", "vendors", "devices", "inspections", "residents",
                                "tracing")
                        .contains(operation.getTags().get(0)), name);
                assertTrue(operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2")), name);
                assertProblemResponse(document, operation, "400");
                assertProblemResponse(document, operation, "default");
            });
        });

        SecurityScheme bearer = document.getComponents().getSecuritySchemes().get("keycloak");
        assertEquals(SecurityScheme.Type.HTTP, bearer.getType());
        assertEquals("bearer", bearer.getScheme());
        assertEquals("JWT", bearer.getBearerFormat());
        Operation me = document.getPaths().get("/api/v1/me").getGet();
        assertEquals("keycloak", me.getSecurity().get(0).keySet().iterator().next());
        assertProblemResponse(document, me, "401");
        assertProblemResponse(document, me, "403");
        assertNull(document.getPaths().get("/api/v1/districts").getGet().getSecurity(), "open to all");
        assertProblemResponse(document, document.getPaths().get("/api/v1/venues/{id}").getGet(), "404");
        assertEquals("integer", document.getPaths().get("/api/v1/venues/{id}").getGet().getParameters().get(0)
                .getSchema().getType());

        Set<String> pageSchemas = new HashSet<>();
        for (String pages : List.of("/api/v1/venues", "/api/v1/venue-reviews", "/api/v1/audit-entries",
                "/api/v1/devices", "/api/v1/certifications/vendors")) {
            String ref = document.getPaths().get(pages).getGet().getResponses().get("200").getContent()
                    .get("application/json").getSchema().get$ref();
            assertTrue(pageSchemas.add(ref), "a page schema of its own: " + pages);
            Schema<?> page = document.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
            assertEquals(Set.of("items", "total", "page", "size"), page.getProperties().keySet(), pages);
            Schema<?> items = page.getProperties().get("items");
            assertEquals("array", items.getType(), pages);
            String item = items.getItems().get$ref();
            assertTrue(document.getComponents().getSchemas().containsKey(item.substring(item.lastIndexOf('/') + 1)),
                    pages + " pages " + item);
            assertEquals("integer", page.getProperties().get("total").getType(), pages);
        }
        assertFalse(document.getComponents().getSchemas().containsKey("Page"), "no page without its items");

        document.getComponents().getSchemas().forEach((name, schema) ->
                assertNull(schema.getMaxProperties(), name + " allows the properties it lists"));

        Schema<?> problem = document.getComponents().getSchemas().get("Problem");
        assertEquals(Set.of("type", "title", "status", "detail", "instance", "errors"),
                problem.getProperties().keySet());
    }

    /**
     * Issue 11: Keycloak signs whatever a client's mappers say. A client minted with hard-coded roles, district and
     * user name is refused as not authenticated on every kind of call, people's and devices' alike.
     */
    @Test
    void aClientWithHardCodedRoleClaimsIsRefusedEverywhere() {
        String clientId = "minted-" + System.nanoTime();
        KeycloakMaster.mintClient(clientId, "minted-secret", Map.of(
                "groups", "[\"AUDITOR\",\"OFFICER\",\"RESIDENT\",\"SENTRY\",\"METRICS\"]",
                "district", "310109", "upn", "officer1"));
        try {
            String token = Tokens.ofClient(clientId, "minted-secret").accessToken();
            JsonObject claims = KeycloakMaster.claims(token);
            assertEquals("officer1", claims.getString("upn"), "Keycloak signed the forged user");
            assertTrue(claims.getJsonArray("groups").toString().contains("AUDITOR"), claims.toString());
            Api minted = Api.withToken(token);
            assertProblem(minted.get("/api/v1/audit-entries"), 401);
            assertProblem(minted.get("/api/v1/certifications/vendors"), 401);
            assertProblem(minted.get("/api/v1/me"), 401);
            assertProblem(minted.post("/api/v1/devices/heartbeat", heartbeat()), 401);
            assertProblem(minted.post("/api/v1/site-codes/verify",
                    Json.createObjectBuilder().add("payload", "SP1.any").build()), 401);
            assertEquals(401, minted.get("/metrics").status(), "METRICS from another client");
            JsonObject inItsName = Api.as("auditor1").get("/api/v1/audit-entries?actor=officer1&action=ACCESS_DENIED")
                    .json();
            assertFalse(inItsName.toString().contains("GET /api/v1/me"), "refusals are not audited as officer1");
        } finally {
            KeycloakMaster.deleteClient(clientId);
        }
    }

    /** SENTRY counts only from a client the device registry knows as a device: any other client is refused. */
    @Test
    void aSentryTokenFromAClientTheRegistryDoesNotKnowIsRefused() {
        String clientId = "sentry-unknown-" + System.nanoTime();
        KeycloakMaster.sentryClient(clientId, "unknown-secret");
        try {
            String token = Tokens.ofClient(clientId, "unknown-secret").accessToken();
            assertTrue(KeycloakMaster.claims(token).getJsonArray("groups").toString().contains("SENTRY"));
            Api unknown = Api.withToken(token);
            assertProblem(unknown.post("/api/v1/devices/heartbeat", heartbeat()), 403);
            assertProblem(unknown.post("/api/v1/site-codes/verify",
                    Json.createObjectBuilder().add("payload", "SP1.any").build()), 403);
        } finally {
            KeycloakMaster.deleteClient(clientId);
        }
    }

    /** A service role is its client's own: the metrics client opens none of the API. */
    @Test
    void theMetricsClientReachesNothingElse() {
        String metrics = Tokens.ofClient("sitepass-metrics", "sitepass-metrics-dev-secret").accessToken();
        assertProblem(Api.withToken(metrics).get("/api/v1/audit-entries"), 403);
        assertEquals(200, Api.as("auditor1").get("/api/v1/audit-entries").status(), "the real auditor gets in");
    }

    /** Issue 11: metrics tell how busy the service is and when; only the scraper's client reads them. */
    @Test
    void metricsAnswerOnlyTheMetricsClient() {
        Api.Reply anonymous = Api.anonymous().get("/metrics");
        assertEquals(401, anonymous.status());
        assertEquals("Bearer", anonymous.header("WWW-Authenticate"));
        assertEquals(403, Api.as("auditor1").get("/metrics").status(), "a person's token");
        assertEquals(401, Api.anonymous().get("/metrics/base").status(), "below /metrics too");
        String token = Tokens.ofClient("sitepass-metrics", "sitepass-metrics-dev-secret").accessToken();
        Api.Reply metrics = Api.withToken(token).get("/metrics");
        assertEquals(200, metrics.status(), metrics.body());
        assertTrue(metrics.body().contains("sitepass_page_sessions"), metrics.body());
    }

    @Test
    void theRealmsAdminCliRefusesThePasswordGrant() {
        assertNotEquals(200, Tokens.password("admin-cli", "officer1").status());
        assertEquals(200, Tokens.password("sitepass-cli", "officer1").status(), "the dev scripts' client still does");
    }

    private static JsonObject heartbeat() {
        return Json.createObjectBuilder().add("firmwareVersion", "5.0.1").add("uptimeSeconds", 1)
                .add("queueLength", 0).add("deviceClock", Instant.now().toString()).build();
    }

    @Test
    void anIdThatIsNoNumberIs404AsProblemJson() {
        assertProblem(Api.as("manager1").get("/api/v1/venues/abc"), 404);
    }

    private static void assertProblemResponse(OpenAPI document, Operation operation, String code) {
        ApiResponse response = operation.getResponses().get(code);
        assertTrue(response != null, operation.getOperationId() + " lists " + code);
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        assertEquals("#/components/schemas/Problem", document.getComponents().getResponses().get(name).getContent()
                .get("application/problem+json").getSchema().get$ref());
    }

    private static void assertProblem(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertFalse(reply.body().contains("Exception") || reply.body().contains("at org."), "no stack trace");
    }
}
