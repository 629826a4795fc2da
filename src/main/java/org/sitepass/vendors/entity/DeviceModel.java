package org.sitepass.vendors.entity;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A sentry model a certified vendor submits with its test report; devices may be registered only of certified ones. */
@Entity
@Table(name = "vendors_model")
public class DeviceModel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "vendor_id")
    private long vendorId;
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "form_factor")
    private FormFactor formFactor;
    private String capabilities;
    @Column(name = "firmware_version")
    private String firmwareVersion;
    @Embedded
    private Certification certification = new Certification();
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected DeviceModel() {
    }

    public DeviceModel(long vendorId, Instant now) {
        this.vendorId = vendorId;
        this.createdAt = now;
    }

    public void describe(String name, FormFactor formFactor, Set<Capability> capabilities, String firmwareVersion) {
        certification.refuseIfNotEditable();
        this.name = name;
        this.formFactor = formFactor;
        this.capabilities = capabilities.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.firmwareVersion = firmwareVersion;
    }

    public Long getId() {
        return id;
    }

    public long getVendorId() {
        return vendorId;
    }

    public String getName() {
        return name;
    }

    public FormFactor getFormFactor() {
        return formFactor;
    }

    public Set<Capability> getCapabilities() {
        Set<Capability> set = EnumSet.noneOf(Capability.class);
        if (capabilities != null && !capabilities.isEmpty()) {
            Arrays.stream(capabilities.split(",")).map(Capability::valueOf).forEach(set::add);
        }
        return set;
    }

    public String getFirmwareVersion() {
        return firmwareVersion;
    }

    public Certification getCertification() {
        return certification;
    }
}
