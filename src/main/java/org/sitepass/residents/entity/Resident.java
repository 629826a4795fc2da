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
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import org.sitepass.residents.ResidentRef;

/**
 * A person the city's health-code system knows, registered by one document. Sensitive data is held sealed; the
 * opaque reference is all that leaves the module. The registry's source owns the facts: a newer version of its
 * record replaces name, mobile, district and disability, while the document itself never changes.
 */
@Entity
@Table(name = "residents_resident")
public class Resident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String reference;
    @Column(name = "document_type")
    private String documentType;
    @Embedded
    private SealedIdentity identity;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    private Sex sex;
    private boolean disabled;
    @Embedded
    private SourceVersion sourceVersion;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Resident() {
    }

    /** What the source says of a person, apart from the document, which a resident keeps for life. */
    public record Particulars(String districtCode, LocalDate birthDate, Sex sex, boolean disabled) {

        public Particulars {
            Objects.requireNonNull(districtCode, "districtCode");
        }
    }

    public static Resident register(ResidentRef reference, DocumentType type, SealedIdentity identity,
                                    Particulars particulars, SourceVersion sourceVersion, Instant now) {
        Resident resident = new Resident();
        resident.reference = reference.value();
        resident.documentType = type.code();
        resident.identity = identity;
        resident.apply(particulars);
        resident.sourceVersion = sourceVersion;
        resident.createdAt = now;
        resident.updatedAt = now;
        return resident;
    }

    /**
     * Applies a version of the source's record.
     *
     * @return whether it was newer and so applied
     */
    public boolean correct(SealedIdentity newIdentity, Particulars particulars, SourceVersion newer, Instant now) {
        if (!sourceVersion.isSupersededBy(newer)) {
            return false;
        }
        identity = newIdentity;
        apply(particulars);
        sourceVersion = newer;
        updatedAt = now;
        return true;
    }

    private void apply(Particulars particulars) {
        districtCode = particulars.districtCode();
        birthDate = particulars.birthDate();
        sex = particulars.sex();
        disabled = particulars.disabled();
    }

    /** Age in whole years on a day; empty when the birth date is unknown. A birthday counts from its first day. */
    public Optional<Integer> ageOn(LocalDate day) {
        return Optional.ofNullable(birthDate).map(born -> Period.between(born, day).getYears());
    }

    public long id() {
        return id;
    }

    public ResidentRef reference() {
        return new ResidentRef(reference);
    }

    public DocumentType documentType() {
        return DocumentType.byCode(documentType).orElseThrow();
    }

    public SealedIdentity identity() {
        return identity;
    }

    public String districtCode() {
        return districtCode;
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    public boolean isDisabled() {
        return disabled;
    }

    public SourceVersion sourceVersion() {
        return sourceVersion;
    }
}
