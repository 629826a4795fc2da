package org.sitepass.tracing.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.sitepass.platform.InvalidInput;
import org.sitepass.residents.Credential;
import org.sitepass.tracing.TracingTexts;
import org.sitepass.tracing.control.IdCardForm;

/**
 * What door staff send: the venue, one credential (a code's payload as scanned or typed, or an ID card's number and
 * name) and, where measured, the temperature. Also what the door-check page fills in.
 */
public class DoorCheckForm {

    @NotNull(message = "{sitepass.validation.required}")
    private Long venueId;
    @Size(max = 512, message = "{sitepass.validation.length}")
    private String payload;
    @Valid
    private IdCardForm idCard;
    @Digits(integer = 2, fraction = 1)
    private BigDecimal temperature;

    /**
     * The one credential given.
     *
     * @throws InvalidInput on {@code payload} when none or both are given
     */
    public Credential credential() {
        boolean scanned = payload != null && !payload.isBlank();
        if (scanned == (idCard != null)) {
            throw InvalidInput.of("payload", TracingTexts.text("tracing.door.oneCredential"));
        }
        return scanned ? Credential.scanned(payload) : Credential.idCard(idCard.getNumber(), idCard.getName());
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public IdCardForm getIdCard() {
        return idCard;
    }

    public void setIdCard(IdCardForm idCard) {
        this.idCard = idCard;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public void setTemperature(BigDecimal temperature) {
        this.temperature = temperature;
    }
}
