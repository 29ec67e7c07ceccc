package org.ddmsportal.web.shared;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by a service's search: paging, sorting and filtering happen
 * in the database, one page at a time. The table's global filter arrives as {@code search}.
 *
 * <p>The table asks for the count first and for the rows next; a service's search answers both
 * at once. So the count fetches the page the table is expected to ask for (the position, size
 * and order it asked for last — the address's page of {@value #DEFAULT_ROWS} rows when the page is
 * opened) and the load that follows takes it without another round of queries (issue 12: every
 * list ran its count and select twice).
 *
 * @param <T> the row type; rows are identified by {@code rowKey}
 */
public class ServiceLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> search;
    private final transient Function<T, Object> rowKey;
    private final Map<String, String> fixedFilters;
    private final ListAddress address;
    /** The {@code rows} of the lists' tables. */
    static final int DEFAULT_ROWS = 20;

    private transient Page<T> lastPage;
    private transient PageRequest lastRequest;
    private int expectedFirst;
    private int expectedSize = DEFAULT_ROWS;
    private String expectedSortField;
    private boolean expectedAscending = true;

    public ServiceLazyModel(Function<PageRequest, Page<T>> search, Function<T, Object> rowKey) {
        this(search, rowKey, Map.of());
    }

    /**
     * A list whose filters and order are in its address: the address's filters without a column
     * stay on, and each page's query goes back to the browser's address bar ({@link ListAddress}).
     */
    public ServiceLazyModel(Function<PageRequest, Page<T>> search, Function<T, Object> rowKey, ListAddress address) {
        this(search, rowKey, Map.of(), address);
    }

    public ServiceLazyModel(Function<PageRequest, Page<T>> search, Function<T, Object> rowKey,
                            Map<String, String> fixedFilters) {
        this(search, rowKey, fixedFilters, null);
    }

    private ServiceLazyModel(Function<PageRequest, Page<T>> search, Function<T, Object> rowKey,
                             Map<String, String> fixedFilters, ListAddress address) {
        this.search = search;
        this.rowKey = rowKey;
        this.fixedFilters = Map.copyOf(fixedFilters);
        this.address = address;
        if (address != null) {
            // the table opens at the address's page (ListAddress.getFirst): expect that one
            expectedSize = address.getRows();
            expectedFirst = (int) Math.min(Integer.MAX_VALUE / 2, (long) (address.getPage() - 1) * expectedSize);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) fetch(request(expectedFirst, expectedSize, expectedSortField, expectedAscending, filterBy)).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        PageRequest request = request(first, pageSize, sortBy, filterBy);
        Page<T> page = request.equals(lastRequest) ? lastPage : fetch(request);
        lastRequest = null; // a later load (an export, the next request) asks the database again
        setRowCount((int) page.total());
        expectedFirst = first;
        expectedSize = pageSize;
        expectedSortField = request.sortField();
        expectedAscending = request.ascending();
        if (address != null) {
            PrimeFaces primeFaces = PrimeFaces.current();
            if (primeFaces.isAjaxRequest()) {
                primeFaces.ajax().addCallbackParam(ListAddress.CALLBACK, address.query(request));
            }
        }
        return page.rows();
    }

    private Page<T> fetch(PageRequest request) {
        lastPage = search.apply(request);
        lastRequest = request;
        return lastPage;
    }

    private PageRequest request(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        for (SortMeta meta : sortBy == null ? List.<SortMeta>of() : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED) {
                sortField = meta.getField();
                ascending = meta.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        return request(first, size, sortField, ascending, filterBy);
    }

    private PageRequest request(int first, int size, String sortField, boolean ascending,
                                Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(fixedFilters);
        if (address != null) {
            Set<String> tableFields = new HashSet<>();
            for (FilterMeta meta : filterBy == null ? List.<FilterMeta>of() : filterBy.values()) {
                if (!meta.isGlobalFilter() && meta.getField() != null) {
                    tableFields.add(meta.getField());
                }
            }
            filters.putAll(address.fixedFilters(tableFields));
        }
        String global = null;
        for (FilterMeta meta : filterBy == null ? List.<FilterMeta>of() : filterBy.values()) {
            Object value = meta.getFilterValue();
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            if (meta.isGlobalFilter()) {
                global = value.toString();
            } else {
                filters.put(meta.getField(), value.toString());
            }
        }
        return new PageRequest(first, size, sortField, ascending, filters, global);
    }

    @Override
    public String getRowKey(T object) {
        return String.valueOf(rowKey.apply(object));
    }

    @Override
    public T getRowData(String key) {
        if (lastPage == null) {
            return null;
        }
        return lastPage.rows().stream().filter(r -> key.equals(getRowKey(r))).findFirst().orElse(null);
    }
}
