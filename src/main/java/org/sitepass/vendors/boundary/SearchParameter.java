package org.sitepass.vendors.boundary;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.sitepass.platform.PlainText;

/** What the public searches the supplier directory for. */
public class SearchParameter {

    @QueryParam("q")
    @Size(max = 100, message = "{sitepass.validation.length}")
    @PlainText
    String q;
}
