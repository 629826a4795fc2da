package org.sitepass.residents.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.PlainText;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.DocumentType;

/**
 * A person as shown at a service centre: the document in hand (type by its code, number) and the name on it. Sent
 * in a request body, never a URL, so that no number lands in an access log.
 */
public class PersonDocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;


    static final String REQUIRED = "{sitepass.validation.required}";
    static final String LENGTH = "{sitepass.validation.length}";

    @NotBlank(message = REQUIRED)
    @Size(max = 2, message = LENGTH)
    private String documentType;

    @NotBlank(message = REQUIRED)
    @Size(max = 40, message = LENGTH)
    private String documentNumber;

    @NotBlank(message = REQUIRED)
    @Size(max = 64, message = LENGTH)
    @PlainText
    private String name;

    /** The document, checked against its type's format; a refusal names the field and never the number. */
    public DocumentNumber document() {
        DocumentType type = DocumentType.byCode(documentType).orElseThrow(() -> InvalidInput.of(
                DocumentNumber.TYPE_FIELD, ResidentsTexts.text("residents.documentType.required")));
        return DocumentNumber.of(type, documentNumber);
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
