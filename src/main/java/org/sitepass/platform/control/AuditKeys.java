package org.sitepass.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.platform.entity.ChainKey;

/**
 * The audit trail's keys, from configuration ({@code SITEPASS_AUDIT_*}): the HMAC keys of the chain by id with the
 * one new entries use, and the Ed25519 keys of the checkpoints. A deployment without them does not start.
 */
@ApplicationScoped
public class AuditKeys {

    static final String CHAIN_KEYS = "sitepass.audit.chain-keys";
    static final String CHAIN_ACTIVE_KEY = "sitepass.audit.chain-active-key";

    @Inject
    @ConfigProperty(name = CHAIN_KEYS)
    String chainKeys;

    @Inject
    @ConfigProperty(name = CHAIN_ACTIVE_KEY)
    String chainActiveKey;

    @Inject
    @ConfigProperty(name = "sitepass.audit.checkpoint-signing-key")
    String checkpointSigningKey;

    @Inject
    @ConfigProperty(name = "sitepass.audit.checkpoint-verify-keys")
    String checkpointVerifyKeys;

    private Map<String, SecretKey> chain;
    private ChainKey active;
    private SignatureKeys checkpoints;

    @PostConstruct
    void readKeys() {
        chain = CryptoKeys.hmacKeys(CHAIN_KEYS, chainKeys);
        active = activeKey(chain, chainActiveKey);
        checkpoints = SignatureKeys.parse("sitepass.audit.checkpoint-signing-key", checkpointSigningKey,
                "sitepass.audit.checkpoint-verify-keys", checkpointVerifyKeys);
    }

    static ChainKey activeKey(Map<String, SecretKey> chain, String activeId) {
        SecretKey key = chain.get(activeId);
        if (key == null) {
            throw new IllegalArgumentException(CHAIN_KEYS + " lacks the key " + CHAIN_ACTIVE_KEY + " names");
        }
        return new ChainKey(activeId, key);
    }

    /** Fails the deployment early when the keys are missing or malformed, not at the first audited action. */
    void checkKeysAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        active.id();
    }

    /** The key new entries are chained with. */
    public ChainKey active() {
        return active;
    }

    /** Every chain key still listed, by id: entries keyed before a rotation verify with the old ones. */
    public Map<String, SecretKey> chain() {
        return chain;
    }

    public SignatureKeys checkpoints() {
        return checkpoints;
    }
}
