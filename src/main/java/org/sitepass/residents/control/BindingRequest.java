package org.sitepass.residents.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;

/** What a resident types for the real-name check: the document and the name on it. */
public class BindingRequest extends DocumentForm {

    @NotBlank(message = REQUIRED)
    @Size(max = 60, message = LENGTH)
    @PlainText
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
