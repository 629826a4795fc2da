package org.sitepass.residents.control;

import jakarta.validation.constraints.Size;
import org.sitepass.platform.PlainText;
import org.sitepass.residents.entity.RelativeGrounds;

/**
 * A holder's application for a relative, on the page or through the API: the relative's document and name as the
 * registry holds them, the grounds, a reason when they cannot apply alone, and for a child under 14 the holder's
 * declaration of being the guardian.
 */
public class RelativeForm extends PersonDocumentForm {

    private static final long serialVersionUID = 1L;

    private RelativeGrounds grounds;

    @Size(max = 400, message = LENGTH)
    @PlainText
    private String reason;

    private boolean guardianDeclared;

    public RelativeGrounds getGrounds() {
        return grounds;
    }

    public void setGrounds(RelativeGrounds grounds) {
        this.grounds = grounds;
    }

    public String getReason() {
        return reason;
    }

    /** Stripped, so that a reason of spaces counts as none. */
    public void setReason(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public boolean isGuardianDeclared() {
        return guardianDeclared;
    }

    public void setGuardianDeclared(boolean guardianDeclared) {
        this.guardianDeclared = guardianDeclared;
    }
}
