package org.sitepass.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A page's table of a long list, read one page at a time as the PrimeFaces paginator asks: the page counterpart of
 * {@link PageParameters}. Its parts are serializable because view-scoped beans keep it in the session.
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are in all. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** The rows from {@code first}, at most {@code size} of them. */
    @FunctionalInterface
    public interface Slice<T> extends Serializable {
        List<T> rows(int first, int size);
    }

    /** What tells the rows apart, for selection and row actions. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Slice<T> slice;
    private final Key<T> key;

    public PagedRows(Count count, Slice<T> slice, Key<T> key) {
        this.count = count;
        this.slice = slice;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    /** The table's own page size is obeyed only within the API's limit: a crafted request reads no more. */
    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return slice.rows(Math.max(0, first), Math.min(Math.max(1, pageSize), PageParameters.MAX_SIZE));
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }
}
