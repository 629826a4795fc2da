package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sitepass.residents.Colour;

/** The health-code system's change of a resident's colour, from a time on, with a reason the person can read. */
@Entity
@Table(name = "residents_colour_change")
public class ColourChange extends HealthRecord<ColourChange.Facts> {

    @Enumerated(EnumType.STRING)
    private Colour colour;
    @Column(name = "reason_code")
    private String reasonCode;
    @Column(name = "reason_sealed")
    private String reasonSealed;
    @Column(name = "effective_at")
    private Instant effectiveAt;

    protected ColourChange() {
    }

    public ColourChange(long residentId, SourceVersion version, Facts facts, Instant now) {
        super(residentId, version, facts, now);
    }

    /** What the source says of the change; the readable reason sealed, as all health data. */
    public record Facts(Colour colour, String reasonCode, String reasonSealed, Instant effectiveAt) {
    }

    @Override
    protected void apply(Facts facts) {
        colour = facts.colour();
        reasonCode = facts.reasonCode();
        reasonSealed = facts.reasonSealed();
        effectiveAt = facts.effectiveAt();
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

    public Instant effectiveAt() {
        return effectiveAt;
    }
}
