package org.sitepass.tracing.control;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.sitepass.platform.Reason;

/** A tracer's request to read one person's identity or tests for a case: whom, by reference, and why. */
public class PersonLookupForm extends Reason {

    @NotNull(message = "{sitepass.validation.required}")
    @Pattern(regexp = "[A-Za-z0-9_-]{22}", message = "{tracing.validation.person}")
    private String person;

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }
}
