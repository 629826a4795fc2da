package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A vaccination dose: which dose of the course, when, and of which product. */
@Entity
@Table(name = "residents_vaccination")
public class Vaccination extends HealthRecord<Vaccination.Facts> {

    @Column(name = "dose_number")
    private int doseNumber;
    @Column(name = "vaccinated_at")
    private Instant vaccinatedAt;
    private String product;

    protected Vaccination() {
    }

    public Vaccination(long residentId, SourceVersion version, Facts facts, Instant now) {
        super(residentId, version, facts, now);
    }

    public record Facts(int doseNumber, Instant vaccinatedAt, String product) {
    }

    @Override
    protected void apply(Facts facts) {
        doseNumber = facts.doseNumber();
        vaccinatedAt = facts.vaccinatedAt();
        product = facts.product();
    }

    public int doseNumber() {
        return doseNumber;
    }

    public Instant vaccinatedAt() {
        return vaccinatedAt;
    }

    public String product() {
        return product;
    }
}
