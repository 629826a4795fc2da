package org.sitepass.platform.boundary;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a login in progress must remember between the redirect to Keycloak and the callback, carried by the browser
 * in the {@value #NAME} cookie rather than in an HTTP session, so that an anonymous request leaves no state on the
 * server. The value is signed with HMAC-SHA256 and expires; a value that was altered, signed with another key or
 * is too old is not opened.
 *
 * @param state      the OAuth state sent to Keycloak
 * @param nonce      the OpenID nonce the ID token must carry
 * @param verifier   the PKCE code verifier whose S256 challenge was sent
 * @param returnPath where to go after the login, a path of this application
 * @param expires    when the login must have come back
 */
public record LoginCookie(String state, String nonce, String verifier, String returnPath, Instant expires) {

    public static final String NAME = "sitepass-login";
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** A fresh login: random state, nonce and verifier of 256 bits each. */
    public static LoginCookie start(String returnPath, Instant expires) {
        return new LoginCookie(random(), random(), random(), returnPath, expires);
    }

    /** The cookie value: the fields, then their signature, each part base64url. */
    public String seal(byte[] key) {
        String payload = String.join(".", encode(state), encode(nonce), encode(verifier), encode(returnPath),
                Long.toString(expires.getEpochSecond()));
        return payload + "." + ENCODER.encodeToString(sign(key, payload));
    }

    /** The login a cookie value carries, if it is signed with this key and has not expired at {@code now}. */
    public static Optional<LoginCookie> open(String value, byte[] key, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        int cut = value.lastIndexOf('.');
        String[] fields = value.substring(0, Math.max(cut, 0)).split("\\.", -1);
        if (cut < 0 || fields.length != 5) {
            return Optional.empty();
        }
        try {
            byte[] signature = DECODER.decode(value.substring(cut + 1));
            if (!MessageDigest.isEqual(signature, sign(key, value.substring(0, cut)))) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[4]));
            if (!now.isBefore(expires)) {
                return Optional.empty();
            }
            return Optional.of(new LoginCookie(decode(fields[0]), decode(fields[1]), decode(fields[2]),
                    decode(fields[3]), expires));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] sign(byte[] key, String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }

    private static String encode(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String text) {
        return new String(DECODER.decode(text), StandardCharsets.UTF_8);
    }
}
