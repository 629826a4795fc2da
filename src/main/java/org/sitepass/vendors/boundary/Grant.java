package org.sitepass.vendors.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitepass.platform.InvalidInput;
import org.sitepass.platform.ModuleText;

/** A certificate as the officer grants it: its number and the last day it is valid. */
public class Grant {

    @NotBlank(message = "{sitepass.validation.required}")
    @Pattern(regexp = CertificationBacking.CERTIFICATE_NUMBER, message = "{vendors.validation.certificateNumber}")
    private String certificateNumber;

    @NotBlank(message = "{sitepass.validation.required}")
    @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}", message = "{vendors.validation.validUntil}")
    private String validUntil;

    /** The pattern lets 2027-02-30 through; the calendar does not, and says so as a field problem. */
    LocalDate until() {
        try {
            return LocalDate.parse(validUntil);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("validUntil", ModuleText.validation("vendors.validation.validUntil"));
        }
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber == null ? null : certificateNumber.strip();
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(String validUntil) {
        this.validUntil = validUntil;
    }
}
