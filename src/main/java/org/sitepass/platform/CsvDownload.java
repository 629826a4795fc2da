package org.sitepass.platform;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A CSV file as SitePass hands it out, the same from a page's servlet as from the API: UTF-8 said in the type (the
 * text carries its own BOM, which spreadsheets need), saved under its name with {@code .csv}.
 */
public record CsvDownload(String name, String text) {

    public static final String TYPE = "text/csv;charset=UTF-8";

    /** For a JAX-RS resource. */
    public Response response() {
        return download().response(bytes());
    }

    /** For a servlet. */
    public void writeTo(HttpServletResponse response) throws IOException {
        download().applyTo(response);
        response.getOutputStream().write(bytes());
    }

    Download download() {
        return Download.attachment(TYPE, name + ".csv");
    }

    byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
