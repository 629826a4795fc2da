package org.sitepass.residents.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;

/**
 * A person as shown at a service centre: the document in hand (type by its code, number) and the name on it. Sent
 * in a request body, never a URL, so that no number lands in an access log.
 */
public class PersonDocumentForm extends DocumentForm {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = REQUIRED)
    @Size(max = 64, message = LENGTH)
    @PlainText
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
