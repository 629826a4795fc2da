package org.sitepass.sites.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;

/** Why an officer rejects, suspends, reinstates or revokes: the applicant reads it and must be able to act on it. */
public class Decision {

    @NotBlank(message = "{sites.validation.reason}")
    @Size(min = 4, max = 500, message = "{sites.validation.reason}")
    @PlainText
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason == null ? null : reason.strip();
    }
}
