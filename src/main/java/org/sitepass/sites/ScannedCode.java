package org.sitepass.sites;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a scanner or a phone read from a site-code poster: its link, or the bare payload of an older poster. */
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
