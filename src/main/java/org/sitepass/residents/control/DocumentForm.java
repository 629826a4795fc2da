package org.sitepass.residents.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.sitepass.platform.InvalidInput;
import org.sitepass.residents.ResidentsTexts;
import org.sitepass.residents.entity.DocumentNumber;
import org.sitepass.residents.entity.DocumentType;

/** A document typed into a request body (never an address): its type's code, e.g. {@code 10}, and its number. */
public class DocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String LENGTH = "{sitepass.validation.length}";
    static final String REQUIRED = "{sitepass.validation.required}";

    @NotBlank(message = REQUIRED)
    @Size(max = 2, message = LENGTH)
    private String documentType;

    @NotBlank(message = REQUIRED)
    @Size(max = 40, message = LENGTH)
    private String documentNumber;

    /** The document, checked by its type's rules; a refusal names the field and the rule, never the number. */
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
}
