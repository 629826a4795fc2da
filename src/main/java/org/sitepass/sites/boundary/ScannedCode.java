package org.sitepass.sites.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a scanner read from a site-code poster. */
public class ScannedCode {

    @NotBlank
    @Size(max = 512)
    private String payload;

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }
}
