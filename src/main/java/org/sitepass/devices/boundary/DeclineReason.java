package org.sitepass.devices.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;

/** Why a venue's manager declines a device: the vendor reads it. */
public class DeclineReason {

    @NotBlank(message = "{devices.validation.reason}")
    @Size(min = 2, max = 500, message = "{devices.validation.reason}")
    @PlainText
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? null : reason.strip();
    }
}
