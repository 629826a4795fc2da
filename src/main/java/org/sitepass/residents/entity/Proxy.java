package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * Who collected an offline code for its holder: their own document, sealed and indexed as a resident's is, their
 * name sealed, and how they are related. Kept so that a card handed to the wrong person can be traced.
 */
@Embeddable
public class Proxy {

    @Column(name = "proxy_document_type")
    private String documentType;
    @Column(name = "proxy_number_sealed")
    private String numberSealed;
    @Column(name = "proxy_number_index")
    private String numberIndex;
    @Column(name = "proxy_name_sealed")
    private String nameSealed;
    @Enumerated(EnumType.STRING)
    @Column(name = "proxy_relationship")
    private ProxyRelationship relationship;

    protected Proxy() {
    }

    public Proxy(DocumentType documentType, String numberSealed, String numberIndex, String nameSealed,
                 ProxyRelationship relationship) {
        this.documentType = documentType.code();
        this.numberSealed = Objects.requireNonNull(numberSealed, "numberSealed");
        this.numberIndex = Objects.requireNonNull(numberIndex, "numberIndex");
        this.nameSealed = Objects.requireNonNull(nameSealed, "nameSealed");
        this.relationship = Objects.requireNonNull(relationship, "relationship");
    }

    public DocumentType documentType() {
        return DocumentType.byCode(documentType).orElseThrow();
    }

    public String numberSealed() {
        return numberSealed;
    }

    public String numberIndex() {
        return numberIndex;
    }

    public String nameSealed() {
        return nameSealed;
    }

    public ProxyRelationship relationship() {
        return relationship;
    }
}
