package org.sitepass.devices.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;

/** A device as its vendor registers it: the serial on its nameplate and the certified model it is of. */
public class DeviceForm {

    @NotBlank(message = "{sitepass.validation.required}")
    @Pattern(regexp = "[A-Za-z0-9-]{4,40}", message = "{devices.validation.serial}")
    private String serial;

    @NotNull(message = "{sitepass.validation.required}")
    private Long modelId;

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial == null ? null : serial.strip().toUpperCase(Locale.ROOT);
    }

    public Long getModelId() {
        return modelId;
    }

    public void setModelId(Long modelId) {
        this.modelId = modelId;
    }
}
