package org.sitepass.residents.control;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitepass.platform.SignatureKeys;
import org.sitepass.residents.ResidentRef;

/**
 * Signs and reads the codes a resident's phone shows, which name nobody in clear: a health code
 * {@code HC1.<resident ref>.<epoch seconds>.<key id>.<signature>} and a relative code
 * {@code RC1.<relative's ref>.<link ref>.<epoch seconds>.<key id>.<signature>}. The signature (Ed25519, base64url)
 * covers everything before its dot. A relative code carries the link it was made under, so that a revoked link
 * voids it at once, and not the holder's reference: a door needs to know who passes, not who looks after them.
 * A code is good for its validity window from the second it was made, and may be scanned again within it.
 */
public final class DynamicCodes {

    static final String HEALTH = "HC1";
    static final String RELATIVE = "RC1";
    /** How far ahead of a reader's clock a code may have been made: phones' and servers' clocks drift a little. */
    static final Duration SKEW = Duration.ofSeconds(5);
    private static final String REF = "([A-Za-z0-9_-]{22})";
    private static final String TAIL = "\\.([0-9]{1,12})\\.(" + CodeKeys.KEY_ID + ")\\.([A-Za-z0-9_-]{86})";
    private static final Pattern HEALTH_CODE = Pattern.compile(HEALTH + "\\." + REF + "()" + TAIL);
    private static final Pattern RELATIVE_CODE = Pattern.compile(RELATIVE + "\\." + REF + "\\." + REF + TAIL);

    /** Which code a payload is. */
    public enum Kind { HEALTH, RELATIVE }

    /** What a payload turned out to be; only a genuine one names a resident. */
    public enum Status { GENUINE, MALFORMED, FORGED, EXPIRED }

    /**
     * A payload read.
     *
     * @param resident the person the code speaks for (the relative, for a relative code), when genuine
     * @param link the relative link's reference, for a genuine relative code
     * @param madeAt when the code was made, when it could be read
     */
    public record Reading(Status status, Kind kind, ResidentRef resident, String link, Instant madeAt) {

        static Reading refused(Status status) {
            return new Reading(status, null, null, null, null);
        }
    }

    private final SignatureKeys keys;
    private final Duration validity;

    public DynamicCodes(SignatureKeys keys, Duration validity) {
        this.keys = CodeKeys.checked(Objects.requireNonNull(keys, "keys"));
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalStateException("sitepass.residents.code-validity must be positive");
        }
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    /** The last instant a code made at {@code now} is still good: the code keeps its time to the second. */
    public Instant expiresAt(Instant now) {
        return Instant.ofEpochSecond(now.getEpochSecond()).plus(validity);
    }

    public String health(ResidentRef resident, Instant now) {
        return signed(HEALTH + "." + resident.value() + "." + now.getEpochSecond());
    }

    public String relative(ResidentRef relative, String link, Instant now) {
        if (!ResidentRef.isWellFormed(link)) {
            throw new IllegalArgumentException("a relative link's reference has the form of a resident's");
        }
        return signed(RELATIVE + "." + relative.value() + "." + link + "." + now.getEpochSecond());
    }

    private String signed(String content) {
        String signed = content + "." + keys.activeKeyId();
        return signed + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(keys.sign(signed.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Reads a scanned payload at {@code now}: its form, then its signature, then its window. */
    public Reading read(String payload, Instant now) {
        String text = payload == null ? "" : payload.trim();
        Kind kind = text.startsWith(RELATIVE + ".") ? Kind.RELATIVE : Kind.HEALTH;
        Matcher m = (kind == Kind.RELATIVE ? RELATIVE_CODE : HEALTH_CODE).matcher(text);
        if (!m.matches()) {
            return Reading.refused(Status.MALFORMED);
        }
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(m.group(5));
        } catch (IllegalArgumentException e) {
            return Reading.refused(Status.FORGED);
        }
        byte[] signed = text.substring(0, text.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
        if (keys.verify(m.group(4), signed, signature) != SignatureKeys.Verdict.GENUINE) {
            return Reading.refused(Status.FORGED);
        }
        Instant madeAt = Instant.ofEpochSecond(Long.parseLong(m.group(3)));
        if (now.isAfter(madeAt.plus(validity)) || madeAt.isAfter(now.plus(SKEW))) {
            return new Reading(Status.EXPIRED, kind, null, null, madeAt);
        }
        String link = kind == Kind.RELATIVE ? m.group(2) : null;
        return new Reading(Status.GENUINE, kind, new ResidentRef(m.group(1)), link, madeAt);
    }
}
