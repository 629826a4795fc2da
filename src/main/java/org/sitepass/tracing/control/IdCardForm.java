package org.sitepass.tracing.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A resident ID card as the sentry's reader gives it from the chip. */
public class IdCardForm {

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 18, message = "{tracing.validation.idNumber}")
    private String number;

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 64, message = "{tracing.validation.idName}")
    private String name;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
