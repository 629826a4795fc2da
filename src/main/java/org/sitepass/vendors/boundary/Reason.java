package org.sitepass.vendors.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;

/** Why an officer rejects, suspends, reinstates or revokes: the vendor reads it and must be able to act on it. */
public class Reason {

    @NotBlank(message = "{vendors.validation.reason}")
    @Size(min = 4, max = 500, message = "{vendors.validation.reason}")
    @PlainText
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? null : reason.strip();
    }
}
