package org.sitepass.sites.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The uploaded file's name, kept with the batch; a bean for the same OpenAPI reason as {@link PageParameters}. */
public class UploadParameters {

    static final String UNNAMED = "upload";

    @QueryParam("fileName")
    @Size(max = 200)
    @Pattern(regexp = "[^<>\\\\/:*?\"|\\p{Cntrl}\\p{Cf}\\u2028\\u2029]*", message = "{sitepass.validation.fileName}")
    String fileName;

    String fileName() {
        return fileName == null || fileName.isBlank() ? UNNAMED : fileName.strip();
    }
}
