package org.sitepass.residents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A resident's identifying data as stored: the document number, the name and the mobile sealed by the platform's
 * field cipher, with the blind indexes they are found by. The entity never sees them in clear.
 */
@Embeddable
public class SealedIdentity {

    @Column(name = "number_sealed")
    private String numberSealed;
    @Column(name = "number_index")
    private String numberIndex;
    @Column(name = "name_sealed")
    private String nameSealed;
    @Column(name = "mobile_sealed")
    private String mobileSealed;
    @Column(name = "mobile_index")
    private String mobileIndex;

    protected SealedIdentity() {
    }

    public SealedIdentity(String numberSealed, String numberIndex, String nameSealed, String mobileSealed,
                          String mobileIndex) {
        this.numberSealed = numberSealed;
        this.numberIndex = numberIndex;
        this.nameSealed = nameSealed;
        this.mobileSealed = mobileSealed;
        this.mobileIndex = mobileIndex;
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

    public String mobileSealed() {
        return mobileSealed;
    }

    public String mobileIndex() {
        return mobileIndex;
    }
}
