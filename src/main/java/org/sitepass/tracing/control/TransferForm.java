package org.sitepass.tracing.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.sitepass.platform.PlainText;
import org.sitepass.tracing.entity.Isolation;

/** Where an assessed contact goes to be kept apart: central isolation (the site) or at home (the address). */
public class TransferForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{sitepass.validation.required}")
    private Isolation isolation;

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 200, message = "{sitepass.validation.length}")
    @PlainText
    private String place;

    public Isolation getIsolation() {
        return isolation;
    }

    public void setIsolation(Isolation isolation) {
        this.isolation = isolation;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place == null ? null : place.strip();
    }
}
