package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sitepass.platform.CityTime;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;

/**
 * An offline paper code (离线码): a card for someone who carries no phone, valid 180 days, naming its holder only
 * through a random serial. Only children under 18, people of 60 and over and registered disabled residents get one.
 * A new card or a loss report voids the card before it; a void card stays void.
 */
@Entity
@Table(name = "residents_offline_code")
public class OfflineCode {

    public static final Duration VALIDITY = Duration.ofDays(180);
    /** Who issued a card the holder issued to themselves, in place of an officer's account. */
    public static final String SELF = "SELF";
    static final int CHILD_UNTIL = 18;
    static final int ELDER_FROM = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id")
    private long residentId;
    private String serial;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "valid_until")
    private Instant validUntil;
    @Column(name = "issued_by")
    private String issuedBy;
    @Enumerated(EnumType.STRING)
    private OfflineCodeStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "void_reason")
    private VoidReason voidReason;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Column(name = "voided_by")
    private String voidedBy;
    @Embedded
    private Proxy proxy;
    @Version
    private long version;

    protected OfflineCode() {
    }

    /**
     * Whether the person may hold an offline code on a day of the city: ages count from the first day of the
     * birthday; without a known birth date only a registered disability qualifies.
     */
    public static boolean isEligible(Resident resident, LocalDate day) {
        if (resident.isDisabled()) {
            return true;
        }
        return resident.ageOn(day).filter(age -> age < CHILD_UNTIL || age >= ELDER_FROM).isPresent();
    }

    /**
     * A new card for an eligible person; the caller voids the card it replaces in the same transaction.
     *
     * @param issuedBy the officer's account, or {@link #SELF}
     * @param proxy    who collects it for the holder, or null when the holder does
     * @throws RequestRefused (422) when the person is not eligible
     */
    public static OfflineCode issue(Resident resident, String serial, String issuedBy, Proxy proxy, Instant now) {
        if (!isEligible(resident, LocalDate.ofInstant(now, CityTime.ZONE))) {
            throw new RequestRefused(RequestRefused.UNPROCESSABLE, "urn:sitepass:problem:offline-code-ineligible",
                    ResidentsTexts.text("residents.offline.refused.ineligible"));
        }
        OfflineCode code = new OfflineCode();
        code.residentId = resident.id();
        code.serial = Objects.requireNonNull(serial, "serial");
        code.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        code.proxy = proxy;
        code.issuedAt = now;
        code.validUntil = now.plus(VALIDITY);
        code.status = OfflineCodeStatus.ACTIVE;
        return code;
    }

    /** Voids the card, whether still valid or lapsed, so that it is never honoured again. */
    public void voidFor(VoidReason reason, String by, Instant now) {
        RequestRefused.unless(status == OfflineCodeStatus.ACTIVE,
                () -> ResidentsTexts.conflict("offline-code", "residents.offline.refused.void"));
        status = OfflineCodeStatus.VOID;
        voidReason = Objects.requireNonNull(reason, "reason");
        voidedBy = by;
        voidedAt = now;
    }

    /** The status a door sees at a moment: an active card is expired from the first instant past its validity. */
    public OfflineCodeStatus statusAt(Instant now) {
        if (status == OfflineCodeStatus.ACTIVE && !now.isBefore(validUntil)) {
            return OfflineCodeStatus.EXPIRED;
        }
        return status;
    }

    public long id() {
        return id;
    }

    public long residentId() {
        return residentId;
    }

    public String serial() {
        return serial;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Optional<VoidReason> voidReason() {
        return Optional.ofNullable(voidReason);
    }

    public Optional<Instant> voidedAt() {
        return Optional.ofNullable(voidedAt);
    }

    /** Empty when the holder collected it: an embedded proxy whose columns are all null is none. */
    public Optional<Proxy> proxy() {
        return Optional.ofNullable(proxy).filter(p -> p.numberSealed() != null);
    }
}
