package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sitepass.platform.RequestRefused;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.TestResult;

/** A nucleic-acid test: when the sample was taken, when and what the laboratory resulted, and where. */
@Entity
@Table(name = "residents_nat_test")
public class NatTest extends HealthRecord<NatTest.Facts> {

    @Column(name = "sampled_at")
    private Instant sampledAt;
    @Column(name = "resulted_at")
    private Instant resultedAt;
    @Enumerated(EnumType.STRING)
    private TestResult result;
    @Column(name = "institution_sealed")
    private String institutionSealed;
    @Column(name = "voided_at")
    private Instant voidedAt;
    @Column(name = "voided_by_appeal")
    private Long voidedByAppeal;

    protected NatTest() {
    }

    public NatTest(long residentId, SourceVersion version, Facts facts, Instant now) {
        super(residentId, version, facts, now);
    }

    /** What the laboratory says; pending tests have no result time. The institution sealed, as all health data. */
    public record Facts(Instant sampledAt, Instant resultedAt, TestResult result, String institutionSealed) {
    }

    @Override
    protected void apply(Facts facts) {
        sampledAt = facts.sampledAt();
        resultedAt = facts.resultedAt();
        result = facts.result();
        institutionSealed = facts.institutionSealed();
    }

    /** An upheld appeal voids the test: nothing counts it any more; a later version from the source leaves it void. */
    public void voidBy(long appealId, Instant now) {
        RequestRefused.unless(voidedAt == null,
                () -> ResidentsTexts.conflict("nat-test", "residents.natTest.refused.void"));
        voidedAt = now;
        voidedByAppeal = appealId;
    }

    public boolean isVoid() {
        return voidedAt != null;
    }

    public Instant sampledAt() {
        return sampledAt;
    }

    public Instant resultedAt() {
        return resultedAt;
    }

    public TestResult result() {
        return result;
    }

    public String institutionSealed() {
        return institutionSealed;
    }
}
