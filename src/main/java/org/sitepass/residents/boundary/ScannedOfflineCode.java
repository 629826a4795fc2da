package org.sitepass.residents.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a scanner read from an offline card. */
public class ScannedOfflineCode {

    @NotBlank(message = "{sitepass.validation.required}")
    @Size(max = 512, message = "{sitepass.validation.length}")
    private String payload;

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }
}
