package org.sitepass.tracing.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.sitepass.tracing.entity.BodyTemperatures;

/**
 * One check at a sentry: the device's sequence number and clock, where and what it measured, and exactly one
 * credential, a scanned code's payload or an ID card. A temperature no living person has is a broken thermometer;
 * one measured finer than a tenth of a degree is kept to the tenth.
 */
public class EntryCheckForm {

    @NotNull(message = "{sitepass.validation.required}")
    @PositiveOrZero(message = "{tracing.validation.sequence}")
    private Long sequence;

    /** ISO-8601 UTC, e.g. 2026-11-21T08:00:00Z. */
    @NotBlank(message = "{sitepass.validation.required}")
    @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z", message = "{sitepass.validation.instant}")
    private String deviceClock;

    @Size(max = 50, message = "{tracing.validation.entrance}")
    private String entrance;

    @DecimalMin(value = BodyTemperatures.LOWEST, message = "{tracing.validation.temperature}")
    @DecimalMax(value = BodyTemperatures.HIGHEST, message = "{tracing.validation.temperature}")
    private BigDecimal temperature;

    @Size(max = 2000, message = "{tracing.validation.payload}")
    private String payload;

    @Valid
    private IdCardForm idCard;

    public Long getSequence() {
        return sequence;
    }

    public void setSequence(Long sequence) {
        this.sequence = sequence;
    }

    public String getDeviceClock() {
        return deviceClock;
    }

    public void setDeviceClock(String deviceClock) {
        this.deviceClock = deviceClock;
    }

    public String getEntrance() {
        return entrance;
    }

    public void setEntrance(String entrance) {
        this.entrance = entrance;
    }

    public BigDecimal getTemperature() {
        return temperature;
    }

    public void setTemperature(BigDecimal temperature) {
        this.temperature = temperature;
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
}
