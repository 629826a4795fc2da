package org.sitepass.sites.boundary;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.sitepass.platform.FileName;
import org.sitepass.platform.FileNames;

/** The uploaded file's name, kept with the batch; a bean for the same OpenAPI reason as {@link PageParameters}. */
public class UploadParameters {

    static final String UNNAMED = "upload";

    @QueryParam("fileName")
    @Size(max = FileNames.MAX_LENGTH, message = "{sitepass.validation.length}")
    @FileName
    String fileName;

    String fileName() {
        return FileNames.kept(fileName, UNNAMED);
    }
}
