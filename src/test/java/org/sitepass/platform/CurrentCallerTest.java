package org.sitepass.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CurrentCallerTest {

    private final AtomicInteger roleChecks = new AtomicInteger();
    private Principal principal = new PagePrincipal("officer1", "310109");
    private final CurrentCaller current = new CurrentCaller();

    CurrentCallerTest() {
        current.securityContext = (SecurityContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SecurityContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getCallerPrincipal" -> principal;
                    case "isCallerInRole" -> {
                        roleChecks.incrementAndGet();
                        yield Roles.OFFICER.equals(args[0]);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A request of its own, with the attributes a servlet request keeps. */
    private static HttpServletRequest request() {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(CurrentCallerTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aRequestsCallerIsWorkedOutOnce() {
        current.request = request();

        Caller first = current.get();
        int checks = roleChecks.get();

        assertEquals(new Caller("officer1", Set.of(Roles.OFFICER), "310109"), first);
        assertEquals(Roles.PEOPLE.size(), checks);
        assertEquals(first, current.get());
        assertEquals(checks, roleChecks.get());
    }

    @Test
    void eachRequestHasItsOwnCaller() {
        current.request = request();
        current.get();
        principal = new PagePrincipal("officer2", "310115");

        current.request = request();

        assertEquals("officer2", current.get().name());
        assertEquals(2 * Roles.PEOPLE.size(), roleChecks.get());
    }

    @Test
    void aRequestWithAnUntrustedTokenIsAnonymous() {
        current.request = request();
        current.request.setAttribute(CurrentCaller.UNTRUSTED_TOKEN, Boolean.TRUE);

        assertTrue(current.get().isAnonymous());
    }
}
