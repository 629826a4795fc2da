package org.sitepass.vendors.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.sitepass.platform.FormText;
import org.sitepass.platform.PlainText;
import org.sitepass.vendors.entity.Capability;
import org.sitepass.vendors.entity.FormFactor;

/** A device model as its vendor submits it. */
public class ModelForm {

    @NotBlank(message = VendorForm.REQUIRED)
    @Size(max = 100, message = VendorForm.LENGTH)
    @PlainText
    private String name;

    @NotNull(message = VendorForm.REQUIRED)
    private FormFactor formFactor;

    @NotEmpty(message = "{vendors.validation.capabilities}")
    private Set<Capability> capabilities = EnumSet.noneOf(Capability.class);

    @NotBlank(message = VendorForm.REQUIRED)
    @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{vendors.validation.firmware}")
    private String firmwareVersion;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = FormText.given(name);
    }

    public FormFactor getFormFactor() {
        return formFactor;
    }

    public void setFormFactor(FormFactor formFactor) {
        this.formFactor = formFactor;
    }

    public Set<Capability> getCapabilities() {
        return capabilities;
    }

    public void setCapabilities(Set<Capability> capabilities) {
        this.capabilities = capabilities == null || capabilities.isEmpty() ? EnumSet.noneOf(Capability.class)
                : EnumSet.copyOf(capabilities);
    }

    public String getFirmwareVersion() {
        return firmwareVersion;
    }

    public void setFirmwareVersion(String firmwareVersion) {
        this.firmwareVersion = firmwareVersion == null ? null : firmwareVersion.strip();
    }
}
