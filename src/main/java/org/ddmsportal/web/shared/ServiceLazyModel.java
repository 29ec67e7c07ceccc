package org.ddmsportal.web.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table backed by a service's search: paging, sorting and filtering happen
 * in the database, one page at a time. The table's global filter arrives as {@code search}.
 *
 * @param <T> the row type; rows are identified by {@code rowKey}
 */
public class ServiceLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> search;
    private final transient Function<T, Object> rowKey;
    private final Map<String, String> fixedFilters;
    private transient Page<T> lastPage;

    public ServiceLazyModel(Function<PageRequest, Page<T>> search, Function<T, Object> rowKey) {
        this(search, rowKey, Map.of());
    }

    public ServiceLazyModel(Function<PageRequest, Page<T>> search, Function<T, Object> rowKey,
                            Map<String, String> fixedFilters) {
        this.search = search;
        this.rowKey = rowKey;
        this.fixedFilters = Map.copyOf(fixedFilters);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        PageRequest request = request(0, 1, Map.of(), filterBy);
        return (int) fetch(request).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> page = fetch(request(first, pageSize, sortBy, filterBy));
        setRowCount((int) page.total());
        return page.rows();
    }

    private Page<T> fetch(PageRequest request) {
        lastPage = search.apply(request);
        return lastPage;
    }

    private PageRequest request(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Map<String, String> filters = new HashMap<>(fixedFilters);
        String global = null;
        for (FilterMeta meta : filterBy.values()) {
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
        String sortField = null;
        boolean ascending = true;
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() != SortOrder.UNSORTED) {
                sortField = meta.getField();
                ascending = meta.getOrder() == SortOrder.ASCENDING;
                break;
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
