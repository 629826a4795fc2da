package org.sitepass.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Where the shared test stack runs; bin/sitepass test exports the same settings the app reads. */
public final class Stack {

    private Stack() {
    }

    /** The app as Arquillian deploys it; "localhost", because Keycloak's redirect URIs name that host. */
    public static String appUrl() {
        return "http://localhost:" + System.getProperty("it.http.port", "8081");
    }

    public static String realmUrl() {
        return env("SITEPASS_OIDC_PROVIDER_URI");
    }

    public static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: run the tests through bin/sitepass test");
        }
        return value;
    }

    /** The WAR the build just packaged, deployed at the root context like in production. */
    public static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("sitepass.war")))
                .as(WebArchive.class);
    }
}
