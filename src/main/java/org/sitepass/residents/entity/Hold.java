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
import java.time.Instant;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.Colour;
import org.sitepass.residents.ResidentsTexts;

/**
 * A hold placed on a resident's code by another module (tracing, for a close contact): while it is open the code is
 * at least its colour, whatever the feed says; only lifting it ends it.
 */
@Entity
@Table(name = "residents_hold")
public class Hold {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "resident_id")
    private long residentId;
    @Enumerated(EnumType.STRING)
    private Colour colour;
    @Column(name = "reason_code")
    private String reasonCode;
    @Column(name = "reason_sealed")
    private String reasonSealed;
    @Column(name = "placed_for")
    private String placedFor;
    @Column(name = "placed_by")
    private String placedBy;
    @Column(name = "placed_at")
    private Instant placedAt;
    @Column(name = "lifted_by")
    private String liftedBy;
    @Column(name = "lifted_at")
    private Instant liftedAt;
    @Version
    private long version;

    protected Hold() {
    }

    /**
     * @param placedFor what the hold serves, e.g. a tracing case's reference, so that the case can lift it
     * @param reasonSealed the reason the person reads on their code, sealed
     */
    public static Hold place(long residentId, Colour colour, String reasonCode, String reasonSealed, String placedFor,
                             String placedBy, Instant now) {
        RequestRefused.unless(colour != Colour.GREEN,
                () -> ResidentsTexts.conflict("hold", "residents.hold.refused.green"));
        Hold hold = new Hold();
        hold.residentId = residentId;
        hold.colour = colour;
        hold.reasonCode = reasonCode;
        hold.reasonSealed = reasonSealed;
        hold.placedFor = placedFor;
        hold.placedBy = placedBy;
        hold.placedAt = now;
        return hold;
    }

    public void lift(String by, Instant now) {
        RequestRefused.unless(liftedAt == null, () -> ResidentsTexts.conflict("hold", "residents.hold.refused.lifted"));
        liftedBy = by;
        liftedAt = now;
    }

    public boolean isOpen() {
        return liftedAt == null;
    }

    public long id() {
        return id;
    }

    public long residentId() {
        return residentId;
    }

    public Colour colour() {
        return colour;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String reasonSealed() {
        return reasonSealed;
    }

    public String placedFor() {
        return placedFor;
    }

    public Instant placedAt() {
        return placedAt;
    }
}
