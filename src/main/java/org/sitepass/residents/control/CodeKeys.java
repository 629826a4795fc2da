package org.sitepass.residents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.SignatureKeys;

/**
 * The keys that sign what a resident shows at a door: dynamic health codes, relative codes and offline paper codes
 * ({@code SITEPASS_RESIDENTS_SIGNING_KEY}, {@code SITEPASS_RESIDENTS_VERIFY_KEYS}). Retired public keys stay listed
 * for as long as a paper code signed with them is valid (180 days).
 */
@ApplicationScoped
public class CodeKeys {

    @Inject
    @ConfigProperty(name = "sitepass.residents.signing-key")
    String signingKey;

    @Inject
    @ConfigProperty(name = "sitepass.residents.verify-keys")
    String verifyKeys;

    private SignatureKeys keys;

    @PostConstruct
    void readKeys() {
        keys = SignatureKeys.parse("sitepass.residents.signing-key", signingKey, "sitepass.residents.verify-keys",
                verifyKeys);
    }

    /** Fails the deployment early when the keys are missing or malformed, not at the first code shown. */
    void checkKeysAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        keys.activeKeyId();
    }

    public SignatureKeys keys() {
        return keys;
    }
}
