package org.sitepass.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class BearerMechanismTest {

    @Test
    void theTokenIsWhatFollowsTheBearerScheme() {
        assertEquals("eyJ.a.b", BearerMechanism.bearerToken(withAuthorization("Bearer eyJ.a.b")));
        assertEquals("eyJ.a.b", BearerMechanism.bearerToken(withAuthorization("bearer  eyJ.a.b ")));
    }

    @Test
    void otherSchemesAndEmptyTokensAreNoBearerToken() {
        assertNull(BearerMechanism.bearerToken(withAuthorization(null)));
        assertNull(BearerMechanism.bearerToken(withAuthorization("Basic c2l0ZXBhc3M6c2l0ZXBhc3M=")));
        assertNull(BearerMechanism.bearerToken(withAuthorization("Bearer ")));
        assertNull(BearerMechanism.bearerToken(withAuthorization("BearereyJ.a.b")));
    }

    private HttpServletRequest withAuthorization(String value) {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> "getHeader".equals(method.getName()) && "Authorization".equals(args[0])
                        ? value : null);
    }
}
