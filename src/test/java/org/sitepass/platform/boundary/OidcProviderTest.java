package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ID and back-channel logout tokens are checked against a realm served here: its discovery document and keys. */
class OidcProviderTest {

    private static HttpServer realm;
    private static RSAKey realmKey;
    private static RSAKey foreignKey;
    private static String issuer;
    private static OidcProvider provider;

    @BeforeAll
    static void serveRealm() throws IOException, JOSEException {
        realmKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        foreignKey = new RSAKeyGenerator(2048).keyID("realm").generate();
        realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/sitepass";
        serve("/realms/sitepass/.well-known/openid-configuration", "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\""
                + issuer + "/certs\"}");
        serve("/realms/sitepass/certs", new JWKSet(realmKey.toPublicJWK()).toString());
        realm.start();
        provider = new OidcProvider();
        provider.providerUri = issuer;
        provider.clientId = "sitepass-web";
        provider.clientSecret = "secret";
    }

    private static void serve(String path, String json) {
        realm.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterAll
    static void stop() {
        realm.stop(0);
    }

    @Test
    void acceptsKeycloaksLogoutToken() throws Exception {
        assertEquals("kc-session", provider.verifyLogoutToken(logoutToken(b -> b)).getStringClaim("sid"));
        assertEquals("kc-session", provider.verifyLogoutToken(sign(realmKey, new JOSEObjectType("logout+jwt"),
                logoutClaims(b -> b))).getStringClaim("sid"));
    }

    @Test
    void refusesLogoutTokensThatAreNotTheRealmsForThisClient() {
        assertRefused(sign(foreignKey, JOSEObjectType.JWT, logoutClaims(b -> b)), "another key");
        assertRefused(logoutToken(b -> b.issuer("http://elsewhere/realms/sitepass")), "another issuer");
        assertRefused(logoutToken(b -> b.audience("sitepass-cli")), "another audience");
        assertRefused(logoutToken(b -> b.claim("events", Map.of("other-event", Map.of()))), "no logout event");
        assertRefused(logoutToken(b -> b.claim("events", null)), "no events");
        assertRefused(logoutToken(b -> b.claim("sid", null)), "no session id");
        assertRefused(logoutToken(b -> b.claim("nonce", "n")), "a nonce, as an ID token has");
        assertRefused(logoutToken(b -> b.expirationTime(Date.from(Instant.now().minusSeconds(600)))), "expired");
        assertRefused("not.a.token", "garbage");
    }

    @Test
    void checksTheIdTokensNonceAndAudience() throws Exception {
        assertEquals("manager1", provider.verifyIdToken(idToken(b -> b), "n-1").getStringClaim("preferred_username"));
        assertThrows(OidcException.class, () -> provider.verifyIdToken(idToken(b -> b), "n-2"), "another nonce");
        assertThrows(OidcException.class, () -> provider.verifyIdToken(idToken(b -> b.audience("sitepass-api")),
                "n-1"), "another audience");
        assertThrows(OidcException.class, () -> provider.verifyIdToken(idToken(
                b -> b.expirationTime(Date.from(Instant.now().minusSeconds(600)))), "n-1"), "expired");
        assertThrows(OidcException.class, () -> provider.verifyIdToken(logoutToken(b -> b), null),
                "a logout token is no ID token");
    }

    private static void assertRefused(String token, String why) {
        assertThrows(OidcException.class, () -> provider.verifyLogoutToken(token), why);
    }

    private static String logoutToken(UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(realmKey, JOSEObjectType.JWT, logoutClaims(change));
    }

    private static JWTClaimsSet logoutClaims(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return change.apply(new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience("sitepass-web")
                .subject("user-id")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID("jti-1")
                .claim("sid", "kc-session")
                .claim("events", Map.of(OidcProvider.BACKCHANNEL_LOGOUT_EVENT, Map.of()))).build();
    }

    private static String idToken(UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        return sign(realmKey, JOSEObjectType.JWT, change.apply(new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience("sitepass-web")
                .subject("user-id")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", "n-1")
                .claim("sid", "kc-session")
                .claim("preferred_username", "manager1")).build());
    }

    private static String sign(RSAKey key, JOSEObjectType type, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(type)
                .build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
