package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sitepass.residents.TestResult;

/** An antigen self-test as the resident reported it to the health-code system. */
@Entity
@Table(name = "residents_antigen_test")
public class AntigenTest extends HealthRecord<AntigenTest.Facts> {

    @Column(name = "tested_at")
    private Instant testedAt;
    @Enumerated(EnumType.STRING)
    private TestResult result;

    protected AntigenTest() {
    }

    public AntigenTest(long residentId, SourceVersion version, Facts facts, Instant now) {
        super(residentId, version, facts, now);
    }

    public record Facts(Instant testedAt, TestResult result) {
    }

    @Override
    protected void apply(Facts facts) {
        testedAt = facts.testedAt();
        result = facts.result();
    }

    public Instant testedAt() {
        return testedAt;
    }

    public TestResult result() {
        return result;
    }
}
