package org.sitepass.vendors.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sitepass.vendors.VendorsTexts;

/**
 * A company that makes digital sentries, registered by one of its people (the owner, a {@code VENDOR} user) and
 * certified by the city. Only a vendor whose certificate is in force may add models and devices.
 */
@Entity
@Table(name = "vendors_vendor")
public class Vendor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String owner;
    private String name;
    @Column(name = "credit_code")
    private String creditCode;
    private String address;
    @Column(name = "contact_person")
    private String sealedContactPerson;
    @Column(name = "contact_mobile")
    private String sealedContactMobile;
    @Column(name = "service_districts")
    private String serviceDistricts;
    @Embedded
    private Certification certification = new Certification();
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Vendor() {
    }

    public Vendor(String owner, Instant now) {
        this.owner = owner;
        this.createdAt = now;
    }

    /** The company's details; only while they are not yet, or no longer, under certification. */
    /** The contact person's name and mobile come sealed by {@code PersonalData}: personal data, never in clear. */
    public void describe(String name, String creditCode, String address, String sealedContactPerson,
                         String sealedContactMobile, List<String> serviceDistricts) {
        certification.refuseIfNotEditable();
        this.name = name;
        this.creditCode = creditCode;
        this.address = address;
        this.sealedContactPerson = sealedContactPerson;
        this.sealedContactMobile = sealedContactMobile;
        this.serviceDistricts = String.join(",", serviceDistricts);
    }

    /** A suspended, revoked or expired vendor registers nothing new. */
    public void requireInForce(LocalDate today) {
        if (!certification.isInForce(today)) {
            throw VendorsTexts.conflict("certification.refused.vendorNotInForce");
        }
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getAddress() {
        return address;
    }

    public String getSealedContactPerson() {
        return sealedContactPerson;
    }

    public String getSealedContactMobile() {
        return sealedContactMobile;
    }

    public List<String> getServiceDistricts() {
        return serviceDistricts == null || serviceDistricts.isEmpty() ? List.of()
                : Arrays.asList(serviceDistricts.split(","));
    }

    public Certification getCertification() {
        return certification;
    }
}
