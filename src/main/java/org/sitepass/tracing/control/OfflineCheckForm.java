package org.sitepass.tracing.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A check the device decided by itself while it had no network: the check, and the verdict it gave. */
public class OfflineCheckForm extends EntryCheckForm {

    @NotNull(message = "{sitepass.validation.required}")
    @Pattern(regexp = "PASS|STOP", message = "{tracing.validation.outcome}")
    private String outcome;

    @Size(max = 16, message = "{tracing.validation.reasons}")
    private List<@NotNull(message = "{sitepass.validation.required}") @Pattern(regexp = "[A-Z_]{1,40}",
            message = "{tracing.validation.reasons}") String> reasons;

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public List<String> getReasons() {
        return reasons;
    }

    public void setReasons(List<String> reasons) {
        this.reasons = reasons;
    }
}
