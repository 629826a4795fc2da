package org.sitepass.devices.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;

/** Where a vendor proposes to put a device: the venue by its site-code number, and which entrance. */
public class ProposalForm {

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 20, message = "{devices.validation.codeNumber}")
    private String codeNumber;

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 50, message = "{devices.validation.entrance}")
    @PlainText
    private String entrance;

    public String getCodeNumber() {
        return codeNumber;
    }

    public void setCodeNumber(String codeNumber) {
        this.codeNumber = codeNumber;
    }

    public String getEntrance() {
        return entrance;
    }

    public void setEntrance(String entrance) {
        this.entrance = entrance == null ? null : entrance.strip();
    }
}
