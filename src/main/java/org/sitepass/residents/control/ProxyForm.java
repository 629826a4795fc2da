package org.sitepass.residents.control;

import jakarta.validation.constraints.NotNull;
import org.sitepass.residents.entity.ProxyRelationship;

/** Who collects a card for its holder: their own document and name, and how they are related. */
public class ProxyForm extends PersonDocumentForm {

    private static final long serialVersionUID = 1L;

    @NotNull(message = REQUIRED)
    private ProxyRelationship relationship;

    public ProxyRelationship getRelationship() {
        return relationship;
    }

    public void setRelationship(ProxyRelationship relationship) {
        this.relationship = relationship;
    }
}
