package org.sitepass.residents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.SignatureKeys;

/**
 * The keys that sign what a resident shows at a door: dynamic health codes, relative codes and offline paper codes
 * ({@code SITEPASS_RESIDENTS_SIGNING_KEY}, {@code SITEPASS_RESIDENTS_VERIFY_KEYS}). Retired public keys stay listed
 * for as long as a paper code signed with them is valid (180 days).
 */
@ApplicationScoped
public class CodeKeys {

    /** A key id: every payload these keys sign names its key, and the payloads' patterns allow only these ids. */
    public static final String KEY_ID = "[a-z0-9]{1,16}";
    private static final Pattern KEY_ID_PATTERN = Pattern.compile(KEY_ID);

    @Inject
    @ConfigProperty(name = "sitepass.residents.signing-key")
    String signingKey;

    @Inject
    @ConfigProperty(name = "sitepass.residents.verify-keys")
    String verifyKeys;

    private SignatureKeys keys;

    @PostConstruct
    void readKeys() {
        keys = checked(SignatureKeys.parse("sitepass.residents.signing-key", signingKey,
                "sitepass.residents.verify-keys", verifyKeys));
    }

    /** The keys, refused when their active key id could not be read back from a payload it signed. */
    static SignatureKeys checked(SignatureKeys keys) {
        if (!KEY_ID_PATTERN.matcher(keys.activeKeyId()).matches()) {
            throw new IllegalStateException("sitepass.residents.signing-key must have a key id of 1 to 16 a-z and 0-9");
        }
        return keys;
    }

    /** Fails the deployment early when the keys are missing or malformed, not at the first code shown. */
    void checkKeysAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        keys.activeKeyId();
    }

    public SignatureKeys keys() {
        return keys;
    }
}
