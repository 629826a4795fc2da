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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentRef;
import org.sitepass.residents.ResidentsTexts;

/**
 * A holder's right to show a relative's code (亲属码). A child or an elder is the holder's at once; a person who cannot
 * apply alone waits for an officer of their district. A child under 14 needs the holder's declaration of being the
 * guardian (PIPL art. 31), kept with its time. The holder revokes; a revoked or refused link is kept as history.
 */
@Entity
@Table(name = "residents_relative")
public class RelativeLink {

    public static final int CHILD_BELOW = 18;
    public static final int ELDER_FROM = 60;
    /** Below this age the person's data may only be handled with a guardian's consent (PIPL art. 31). */
    public static final int GUARDIAN_BELOW = 14;
    public static final int MAX_PER_HOLDER = 8;
    public static final int MAX_HOLDERS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Column(name = "holder_id")
    private long holderId;
    @Column(name = "relative_id")
    private long relativeId;
    @Enumerated(EnumType.STRING)
    private RelativeGrounds grounds;
    @Column(name = "reason_sealed")
    private String reasonSealed;
    @Column(name = "guardian_declared_at")
    private Instant guardianDeclaredAt;
    @Enumerated(EnumType.STRING)
    private RelativeStatus status;
    @Column(name = "applied_at")
    private Instant appliedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "refusal_sealed")
    private String refusalSealed;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Version
    private long version;

    protected RelativeLink() {
    }

    /**
     * What the holder asks for.
     *
     * @param age the relative's age today in the city, empty when the registry has no birth date
     * @param reasonSealed why the relative cannot apply alone, sealed; only for {@link RelativeGrounds#UNABLE}
     */
    public record Application(RelativeGrounds grounds, Optional<Integer> age, String reasonSealed,
                              boolean guardianDeclared) {
    }

    /** Every rule the application breaks, by field, so that the holder corrects them at once. */
    public static List<InvalidInput.FieldProblem> problems(Application application) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        Optional<Integer> age = application.age();
        if (application.grounds() == null) {
            problems.add(problem("grounds", "residents.relatives.grounds.required"));
        } else if (application.grounds() == RelativeGrounds.CHILD && !age.map(a -> a < CHILD_BELOW).orElse(false)) {
            problems.add(problem("grounds", "residents.relatives.grounds.notChild"));
        } else if (application.grounds() == RelativeGrounds.ELDER && !age.map(a -> a >= ELDER_FROM).orElse(false)) {
            problems.add(problem("grounds", "residents.relatives.grounds.notElder"));
        } else if (application.grounds() == RelativeGrounds.UNABLE && application.reasonSealed() == null) {
            problems.add(problem("reason", "residents.relatives.reason.required"));
        }
        if (age.map(a -> a < GUARDIAN_BELOW).orElse(false) && !application.guardianDeclared()) {
            problems.add(problem("guardianDeclared", "residents.relatives.guardian.required"));
        }
        return problems;
    }

    private static InvalidInput.FieldProblem problem(String field, String key) {
        return new InvalidInput.FieldProblem(field, ResidentsTexts.text(key));
    }

    /** A link for an application without {@link #problems}: active at once, or pending an officer's approval. */
    public static RelativeLink apply(ResidentRef reference, long holderId, long relativeId, Application application,
                                     Instant now) {
        List<InvalidInput.FieldProblem> problems = problems(application);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        RequestRefused.unless(holderId != relativeId,
                () -> ResidentsTexts.conflict("relative", "residents.relatives.refused.self"));
        RelativeLink link = new RelativeLink();
        link.reference = reference.value();
        link.holderId = holderId;
        link.relativeId = relativeId;
        link.grounds = application.grounds();
        link.reasonSealed = application.grounds() == RelativeGrounds.UNABLE ? application.reasonSealed() : null;
        link.guardianDeclaredAt = application.guardianDeclared() ? now : null;
        link.status = application.grounds() == RelativeGrounds.UNABLE ? RelativeStatus.PENDING : RelativeStatus.ACTIVE;
        link.appliedAt = now;
        return link;
    }

    public void approve(String officer, Instant now) {
        decide(RelativeStatus.ACTIVE, officer, null, now);
    }

    public void refuse(String officer, String refusalSealed, Instant now) {
        decide(RelativeStatus.REFUSED, officer, refusalSealed, now);
    }

    private void decide(RelativeStatus decision, String officer, String refusal, Instant now) {
        RequestRefused.unless(status == RelativeStatus.PENDING,
                () -> ResidentsTexts.conflict("relative", "residents.relatives.refused.decided"));
        status = decision;
        decidedBy = officer;
        decidedAt = now;
        refusalSealed = refusal;
    }

    /** The holder gives up the link; codes made under it are void from now on. */
    public void revoke(Instant now) {
        RequestRefused.unless(status.inForce(),
                () -> ResidentsTexts.conflict("relative", "residents.relatives.refused.ended"));
        status = RelativeStatus.REVOKED;
        revokedAt = now;
    }

    public boolean isActive() {
        return status == RelativeStatus.ACTIVE;
    }

    public long id() {
        return id;
    }

    public ResidentRef reference() {
        return new ResidentRef(reference);
    }

    public long holderId() {
        return holderId;
    }

    public long relativeId() {
        return relativeId;
    }

    public RelativeGrounds grounds() {
        return grounds;
    }

    public String reasonSealed() {
        return reasonSealed;
    }

    public Optional<Instant> guardianDeclaredAt() {
        return Optional.ofNullable(guardianDeclaredAt);
    }

    public RelativeStatus status() {
        return status;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public String refusalSealed() {
        return refusalSealed;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
