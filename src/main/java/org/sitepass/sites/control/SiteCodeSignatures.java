package org.sitepass.sites.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.sites.entity.CodeNumber;

/** The platform's site-code signing keys, from configuration ({@code SITEPASS_SITECODE_*}). */
@ApplicationScoped
public class SiteCodeSignatures {

    @Inject
    @ConfigProperty(name = "sitepass.sitecode.signing-key")
    String signingKey;

    @Inject
    @ConfigProperty(name = "sitepass.sitecode.verify-keys")
    String verifyKeys;

    private SigningKeys keys;

    @PostConstruct
    void readKeys() {
        keys = SigningKeys.parse(signingKey, verifyKeys);
    }

    /** Fails the deployment early when the keys are missing or malformed, not at the first approval. */
    void checkKeysAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        keys.activeKeyId();
    }

    public String payload(CodeNumber number) {
        return keys.payload(number);
    }

    public SigningKeys.Check check(String payload) {
        return keys.check(payload);
    }
}
