package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.ResidentsTexts;

/**
 * One attempt of an account to bind itself to a resident: the real-name check and, when it passed, the one-time code
 * sent to the registry's mobile. The code is held only as a keyed hash, for {@link #VALIDITY}; after
 * {@link #MAX_WRONG_ATTEMPTS} wrong entries the challenge takes no more.
 */
@Entity
@Table(name = "residents_binding_challenge")
public class BindingChallenge {

    public static final Duration VALIDITY = Duration.ofMinutes(5);
    public static final int MAX_WRONG_ATTEMPTS = 5;

    /** What entering a code came to. */
    public enum Entry { CONFIRMED, WRONG, EXHAUSTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    private String account;
    @Column(name = "resident_id")
    private Long residentId;
    @Enumerated(EnumType.STRING)
    private ChallengeStatus status;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "wrong_attempts")
    private int wrongAttempts;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private long version;

    protected BindingChallenge() {
    }

    /** A real-name check that failed: it sends nothing, but counts towards the account's attempts of the day. */
    public static BindingChallenge refused(ResidentRef reference, String account, Instant now) {
        BindingChallenge challenge = open(reference, account, now);
        challenge.status = ChallengeStatus.REFUSED;
        challenge.closedAt = now;
        return challenge;
    }

    /** A code sent to the resident's mobile, held as its hash. */
    public static BindingChallenge sent(ResidentRef reference, String account, long residentId, String codeHash,
                                        Instant now) {
        BindingChallenge challenge = open(reference, account, now);
        challenge.status = ChallengeStatus.SENT;
        challenge.residentId = residentId;
        challenge.codeHash = codeHash;
        return challenge;
    }

    private static BindingChallenge open(ResidentRef reference, String account, Instant now) {
        BindingChallenge challenge = new BindingChallenge();
        challenge.reference = reference.value();
        challenge.account = account;
        challenge.createdAt = now;
        challenge.expiresAt = now.plus(VALIDITY);
        return challenge;
    }

    /**
     * Compares an entered code's hash with the sent one's. A wrong code counts; the last allowed wrong code closes the
     * challenge. Once confirmed, exhausted or expired, it takes no code at all.
     */
    public Entry enter(String enteredHash, Instant now) {
        RequestRefused.unless(status == ChallengeStatus.SENT,
                () -> ResidentsTexts.conflict("binding-challenge", "residents.binding.refused.closed"));
        RequestRefused.unless(now.isBefore(expiresAt),
                () -> ResidentsTexts.conflict("binding-challenge", "residents.binding.refused.expired"));
        if (MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                enteredHash.getBytes(StandardCharsets.US_ASCII))) {
            status = ChallengeStatus.CONFIRMED;
            closedAt = now;
            codeHash = null;
            return Entry.CONFIRMED;
        }
        wrongAttempts++;
        if (wrongAttempts >= MAX_WRONG_ATTEMPTS) {
            status = ChallengeStatus.EXHAUSTED;
            closedAt = now;
            codeHash = null;
            return Entry.EXHAUSTED;
        }
        return Entry.WRONG;
    }

    public int attemptsLeft() {
        return MAX_WRONG_ATTEMPTS - wrongAttempts;
    }

    public long id() {
        return id;
    }

    public ResidentRef reference() {
        return new ResidentRef(reference);
    }

    public String account() {
        return account;
    }

    public Long residentId() {
        return residentId;
    }

    public ChallengeStatus status() {
        return status;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
