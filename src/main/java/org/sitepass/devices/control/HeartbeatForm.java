package org.sitepass.devices.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** What a sentry reports every interval: firmware, uptime, records not yet sent, and its own clock. */
public class HeartbeatForm {

    @NotBlank(message = "{sitepass.validation.required}")
    @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "{devices.validation.firmware}")
    private String firmwareVersion;

    @NotNull(message = "{sitepass.validation.required}")
    @Min(0)
    private Long uptimeSeconds;

    @NotNull(message = "{sitepass.validation.required}")
    @Min(0)
    @Max(10_000_000)
    private Integer queueLength;

    /** ISO-8601 UTC, e.g. 2026-11-21T08:00:00Z. */
    @NotBlank(message = "{sitepass.validation.required}")
    @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z", message = "{devices.validation.clock}")
    private String deviceClock;

    public String getFirmwareVersion() {
        return firmwareVersion;
    }

    public void setFirmwareVersion(String firmwareVersion) {
        this.firmwareVersion = firmwareVersion;
    }

    public Long getUptimeSeconds() {
        return uptimeSeconds;
    }

    public void setUptimeSeconds(Long uptimeSeconds) {
        this.uptimeSeconds = uptimeSeconds;
    }

    public Integer getQueueLength() {
        return queueLength;
    }

    public void setQueueLength(Integer queueLength) {
        this.queueLength = queueLength;
    }

    public String getDeviceClock() {
        return deviceClock;
    }

    public void setDeviceClock(String deviceClock) {
        this.deviceClock = deviceClock;
    }
}
