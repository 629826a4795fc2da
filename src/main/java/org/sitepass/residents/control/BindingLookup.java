package org.sitepass.residents.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;

/** An officer's look-up of a resident's bindings by document, with why: the read is audited with it. */
public class BindingLookup extends DocumentForm {

    @NotBlank(message = REQUIRED)
    @Size(max = 200, message = LENGTH)
    @PlainText
    private String purpose;

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
