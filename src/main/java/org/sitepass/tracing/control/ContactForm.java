package org.sitepass.tracing.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/**
 * A person a tracer adds to a case as a contact, by the opaque reference a co-visitor list gives (never a document
 * number), and the case's visit where they met, if they came from one.
 */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{sitepass.validation.required}")
    @Pattern(regexp = "[A-Za-z0-9_-]{22}", message = "{tracing.validation.contactPerson}")
    private String person;

    @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}\\.[0-9]{1,19}", message = "{tracing.validation.visit}")
    private String visit;

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person == null ? null : person.strip();
    }

    public String getVisit() {
        return visit;
    }

    public void setVisit(String visit) {
        this.visit = visit == null || visit.isBlank() ? null : visit.strip();
    }
}
