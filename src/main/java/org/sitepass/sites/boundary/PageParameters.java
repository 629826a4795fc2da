package org.sitepass.sites.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

/** Paging of a list; a bean because Payara's OpenAPI generator fails on constraints on query parameters. */
public class PageParameters {

    static final int DEFAULT_SIZE = 50;

    @QueryParam("page")
    @Min(0)
    @Max(100_000)
    Integer page;

    @QueryParam("size")
    @Min(1)
    @Max(200)
    Integer size;

    int pageNumber() {
        return page == null ? 0 : page;
    }

    int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    int first() {
        return pageNumber() * pageSize();
    }
}
