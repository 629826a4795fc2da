package org.sitepass.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * Which page of a list the query asks for ({@code page} from 0, {@code size} up to 200); a bean because Payara's
 * OpenAPI generator fails on constraints put on query parameters.
 */
public class PageParameters {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** Deep enough for any browsing; deeper asks for a narrower filter, and page * size stays an int. */
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @Min(0)
    @Max(MAX_PAGE)
    Integer page;

    @QueryParam("size")
    @Min(1)
    @Max(MAX_SIZE)
    Integer size;

    public PageParameters() {
    }

    PageParameters(Integer page, Integer size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page == null ? 0 : page;
    }

    public int size() {
        return size == null ? DEFAULT_SIZE : size;
    }

    /** The position of the page's first item in the whole list. */
    public int first() {
        return page() * size();
    }

    public <T> Page<T> answer(List<T> items, long total) {
        return new Page<>(items, total, page(), size());
    }
}
