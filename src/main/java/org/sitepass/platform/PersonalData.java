package org.sitepass.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sitepass.platform.control.BlindIndex;
import org.sitepass.platform.control.CryptoKeys;
import org.sitepass.platform.control.FieldCipher;

/**
 * The one place where sensitive personal data (ID numbers, phone numbers, names of people, health data) is
 * encrypted, indexed for look-up and masked for display. Keys come from configuration ({@code SITEPASS_CRYPTO_*});
 * a deployment without them does not start.
 */
@ApplicationScoped
public class PersonalData {

    @Inject
    @ConfigProperty(name = "sitepass.crypto.field-keys")
    String fieldKeys;

    @Inject
    @ConfigProperty(name = "sitepass.crypto.active-key")
    String activeKey;

    @Inject
    @ConfigProperty(name = "sitepass.crypto.index-key")
    String indexKey;

    private FieldCipher cipher;
    private BlindIndex index;

    @PostConstruct
    void readKeys() {
        cipher = new FieldCipher(CryptoKeys.fieldKeys("sitepass.crypto.field-keys", fieldKeys), activeKey);
        index = new BlindIndex(CryptoKeys.indexKey("sitepass.crypto.index-key", indexKey));
    }

    /** Fails the deployment early when the keys are missing or malformed. */
    void checkKeysAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        cipher.activeKeyId();
    }

    /** Encrypts a value for the named column (e.g. {@code residents_resident.id_number}). */
    public String seal(String plaintext, String column) {
        return cipher.seal(plaintext, column);
    }

    /** Seals a value that may be absent, as optional fields of a draft are. */
    public String sealIfPresent(String plaintext, String column) {
        return plaintext == null ? null : seal(plaintext, column);
    }

    public String open(String sealed, String column) {
        return cipher.open(sealed, column);
    }

    /** Opens a value that may be absent, as optional fields of a draft are. */
    public String openIfPresent(String sealed, String column) {
        return sealed == null ? null : open(sealed, column);
    }

    /** Encrypts a whole file that holds personal data, e.g. an uploaded list of venues with contacts' mobiles. */
    public byte[] sealFile(byte[] content, String column) {
        return cipher.sealBytes(content, column);
    }

    public byte[] openFile(byte[] sealed, String column) {
        return cipher.openBytes(sealed, column);
    }

    /** The keyed look-up value for an already normalised identifier of the given kind. */
    public String blindIndex(String normalisedValue, String kind) {
        return index.of(normalisedValue, kind);
    }

    public String maskIdNumber(String idNumber) {
        return Masks.idNumber(idNumber);
    }

    public String maskMobile(String mobile) {
        return Masks.mobile(mobile);
    }

    /** A sealed mobile as an officer sees it: opened only to be masked; none when none was given. */
    public String maskedMobile(String sealed, String column) {
        return sealed == null ? null : maskMobile(open(sealed, column));
    }

    public String maskPersonName(String name) {
        return Masks.personName(name);
    }

    /** A sealed name as anyone but its owner sees it ({@code 张**}): opened only to be masked; none when none. */
    public String maskedPersonName(String sealed, String column) {
        return sealed == null ? null : maskPersonName(open(sealed, column));
    }
}
