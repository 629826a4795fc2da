package org.sitepass.residents.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one-time code a resident types, as the body of a confirmation. */
public class CodeEntry {

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 12, message = "{sitepass.validation.length}")
    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
