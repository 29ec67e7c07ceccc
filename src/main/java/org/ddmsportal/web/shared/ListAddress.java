package org.ddmsportal.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.domain.shared.CriteriaReader;
import org.ddmsportal.domain.shared.PageRequest;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A list's filters and order in its address, so that a filtered list can be bookmarked, shared and
 * linked from a dashboard: {@code /app/partnerships?country=RS&status=ACTIVE&sort=-title}.
 *
 * <p>The parameters are named exactly like the components of the list's criteria record and read
 * by {@link CriteriaReader} (one generic reader). A list's table names its column filters by field;
 * a component maps to the field of the same name, or — for {@code organisationId}, {@code cityId},
 * {@code publicOnly}… when no component has the shorter name — to the name without {@code Id} or
 * {@code Only}, which is what the criteria's {@code fromTable} reads. Values for a column show in
 * its filter (the table's {@code filterBy}); values without a column (an id, {@code lapsed}) filter
 * the list as they are ({@link ServiceLazyModel} adds them). {@code sort=field} / {@code sort=-field}
 * sorts on a sortable column's field. {@code text} is the table's search box. {@code page=3} (1-based,
 * written only past the first page) opens the table at that page ({@link #getFirst()}); a page past
 * the last opens the last, and what is not a page number opens the first, with a note.
 *
 * <p>What is left out (an unknown name, a malformed value, a field no column sorts on) is said in
 * the table's head ({@link #getNotes()}), translated; it never fails the page. Who may see what is
 * not in the address: the services apply the policies whatever it says.
 *
 * <p>When the user changes a filter, a sort or a page, {@link ServiceLazyModel} hands the new query
 * to the browser (an ajax callback parameter) and {@code resources/js/list-address.js} replaces the
 * address with {@code history.replaceState}.
 */
public class ListAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The ajax callback parameter that carries the list's query to list-address.js. */
    public static final String CALLBACK = "ddmsAddress";
    static final String SORT = "sort";
    static final String TEXT = "text";
    /** The page shown, 1-based; written only past the first page. */
    static final String PAGE = "page";
    /** The country filter's value for "all countries" ({@code country=all}), which a list that opens on the user's country needs. */
    public static final String ALL_COUNTRIES = "all";
    static final String COUNTRY = "country";
    /** Rows a page, when not the table's usual {@value ServiceLazyModel#DEFAULT_ROWS}: one of its paginator's choices. */
    static final String ROWS = "rows";
    /** Parameters that are not filters: the sort, the page, the rows a page, the interface language, Faces' and PrimeFaces' own. */
    static final Set<String> NOT_FILTERS = Set.of(SORT, PAGE, ROWS, "language");

    private final List<String> components;
    /** table field → text, as read from the address (only valid values). */
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String text;
    private String sortField;
    private boolean ascending = true;
    /** The page asked for, 1-based (1 when none or not a page number). */
    private int page = 1;
    private Integer first;
    /** Values left out by {@link #allowing}, by field. */
    private final Map<String, String> disallowed = new LinkedHashMap<>();
    /** The rows a page the address asks for, or {@code null}; the table takes it if among its choices. */
    private Integer rows;
    /** The {@code rows} given that is no number of rows, or {@code null}. */
    private String badRows;
    /** The {@code page} given that was no page number, or {@code null}. */
    private String badPage;
    private boolean checked;
    /** The country the list opens with when the address names none (the user's own), or {@code null}. */
    private String homeCountry;
    /** Whether the address asks for every country ({@code country=all}) instead of the home country. */
    private boolean allCountries;

    ListAddress(Class<? extends Record> criteria, Map<String, String> parameters) {
        components = CriteriaReader.readableNames(criteria);
        Map<String, String> given = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            if (COUNTRY.equals(k) && isAllCountries(v)) {
                allCountries = true;
            } else if (k != null && !k.startsWith("jakarta.faces") && !k.startsWith("primefaces")) {
                given.put(k, v);
            }
        });
        CriteriaReader.Reading reading = CriteriaReader.read(criteria, given, NOT_FILTERS);
        reading.values().forEach((name, value) -> {
            String v = CriteriaReader.format(value);
            if (TEXT.equals(name)) {
                text = v;
            } else {
                fields.put(field(name), v);
            }
        });
        for (CriteriaReader.Problem p : reading.problems()) {
            notes.add(Texts.get(p.reason() == CriteriaReader.Reason.UNKNOWN ? "list.address.unknown"
                    : "list.address.malformed", p.name(), p.value()));
        }
        String sort = given.get(SORT);
        if (sort != null && !sort.isBlank()) {
            String s = sort.strip();
            ascending = !s.startsWith("-");
            sortField = ascending ? s : s.substring(1);
        }
        String r = given.get(ROWS);
        if (r != null && !r.isBlank()) {
            rows = rowsPerPage(r);
            if (rows == null) {
                badRows = r; // said in the table's head (getNotes)
            }
        }
        String p = given.get(PAGE);
        if (p != null && !p.isBlank()) {
            page = pageNumber(p.strip());
            if (page < 1) {
                page = 1;
                badPage = p; // said in the table's head (getNotes), translated there
            }
        }
    }

    /**
     * Rows a page from an address's {@code rows}: a number from 1 to 100, else {@code null}. The
     * table ({@link ListPaging}) takes it only if it is one of its paginator's choices; otherwise
     * its usual rows, and a note ({@link #getNotes}).
     */
    static Integer rowsPerPage(String given) {
        String r = given == null ? "" : given.strip();
        if (!r.matches("\\d{1,3}")) {
            return null;
        }
        int n = Integer.parseInt(r);
        return n >= 1 && n <= 100 ? n : null;
    }

    /** The rows a page the address asks for, or the table's usual {@value ServiceLazyModel#DEFAULT_ROWS}. */
    public int getRows() {
        return rows == null ? ServiceLazyModel.DEFAULT_ROWS : rows;
    }

    /** A page number, or 0 for what is not one (letters, zero, a negative or absurdly large number). */
    private static int pageNumber(String text) {
        if (!text.matches("\\d{1,9}")) {
            return 0;
        }
        return Integer.parseInt(text);
    }

    /** The address of the current request read against {@code criteria}. */
    public static ListAddress of(Class<? extends Record> criteria) {
        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> parameters = context == null ? Map.of()
                : context.getExternalContext().getRequestParameterMap();
        return new ListAddress(criteria, parameters);
    }

    /** For tests and callers without a request. */
    public static ListAddress of(Class<? extends Record> criteria, Map<String, String> parameters) {
        return new ListAddress(criteria, parameters);
    }

    /**
     * The list opens on {@code country} when its address names none (the user's own country,
     * {@link CountryFilter}); then choosing "All" is written {@code country=all}, so that a reload,
     * a bookmark or a shared link keeps every country instead of going back to the user's.
     */
    ListAddress opensOn(String country) {
        this.homeCountry = country;
        return this;
    }

    /** Whether the address asks for every country ({@code country=all}). */
    public boolean isAllCountries() {
        return allCountries;
    }

    /** Whether a {@code country} parameter's value is "all countries" ({@link #ALL_COUNTRIES}). */
    static boolean isAllCountries(String country) {
        return country != null && ALL_COUNTRIES.equalsIgnoreCase(country.strip());
    }

    /** The table field a component filters, as the criteria's {@code fromTable} reads it. */
    String field(String component) {
        for (String suffix : List.of("Id", "Only")) {
            if (component.endsWith(suffix) && component.length() > suffix.length()) {
                String shorter = component.substring(0, component.length() - suffix.length());
                if (!components.contains(shorter)) {
                    return shorter;
                }
            }
        }
        return component;
    }

    /** The component a table field stands for, or {@code null} when none (the inverse of {@link #field}). */
    String component(String field) {
        if (TEXT.equals(field)) {
            return TEXT;
        }
        for (String c : components) {
            if (field(c).equals(field)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Keeps the address's value of a field only if it is one of {@code allowed} (a status among its
     * workflow's states, which the criteria hold as text): another is left out and said, as a
     * malformed value is, instead of a list emptied by a filter its menu cannot show.
     */
    public ListAddress allowing(String field, Collection<String> allowed) {
        String value = fields.get(field);
        if (value != null && !allowed.contains(value)) {
            fields.remove(field);
            disallowed.put(field, value); // said in the table's head (getNotes), translated there
        }
        return this;
    }

    /** The values {@link #allowing} left out, by field. */
    Map<String, String> disallowed() {
        return java.util.Collections.unmodifiableMap(disallowed);
    }

    /** The filters read, by table field (valid values only). */
    public Map<String, String> getFields() {
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** The search box's text from the address ({@code text=}), for the table's {@code globalFilter}. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        // the table writes its global filter back; the address keeps what it was opened with
    }

    /** The column filters to open the table with (its {@code filterBy}): those the address gives for a column. */
    public List<FilterMeta> getFilterBy() {
        if (isPostback()) {
            return null; // the address opens the list; afterwards the table's own filters rule
        }
        Map<String, UIColumn> columns = columns();
        List<FilterMeta> metas = new ArrayList<>();
        fields.forEach((field, value) -> {
            UIColumn c = columns.get(field);
            if (c != null && c.isFilterable()) {
                metas.add(FilterMeta.builder().field(field).filterValue(value).build());
            }
        });
        return metas;
    }

    /** The order to open the table with (its {@code sortBy}), when the address names a sortable column. */
    public SortMeta getSortBy() {
        if (isPostback()) {
            return null;
        }
        UIColumn c = sortField == null ? null : columns().get(sortField);
        if (c == null || !c.isSortable()) {
            return null;
        }
        return SortMeta.builder().field(sortField).order(ascending ? SortOrder.ASCENDING : SortOrder.DESCENDING)
                .build();
    }

    /** The page the address asks for, 1-based (1 when it asks for none or gives no page number). */
    public int getPage() {
        return page;
    }

    /**
     * The row to open the table at (its {@code first}): the first row of the address's page, at the
     * table's page size. A page past the last is the last page (the table clamps {@code first} to its
     * row count when it loads), so a bookmark of a list that has since shrunk still opens.
     */
    public int getFirst() {
        if (page <= 1) {
            return 0;
        }
        if (first == null) { // the table asks often; its page size is set when it is built
            DataTable table = table();
            first = firstAt(table == null ? 0 : table.getRows());
        }
        return first;
    }

    /** The first row of the address's page at {@code rows} a page ({@link ServiceLazyModel#DEFAULT_ROWS} if none). */
    int firstAt(int rows) {
        int size = rows <= 0 ? ServiceLazyModel.DEFAULT_ROWS : rows;
        return (int) Math.min(Integer.MAX_VALUE - size, (long) (page - 1) * size);
    }

    /** The {@code page} the address gave that is no page number (then the first page opens), or {@code null}. */
    String badPage() {
        return badPage;
    }

    /** What the address asked for and the list left out, translated; shown in the table's head. */
    public List<String> getNotes() {
        if (!checked) {
            checked = true;
            if (badPage != null) {
                notes.add(Texts.get("list.address.malformed", PAGE, badPage));
            }
            DataTable table = rows == null ? null : table();
            if (badRows != null || (table != null && table.getRows() != rows)) {
                notes.add(Texts.get("list.address.malformed", ROWS, badRows != null ? badRows : rows.toString()));
            }
            disallowed.forEach((field, value) -> notes.add(Texts.get("list.address.malformed", component(field), value)));
            if (sortField != null) {
                UIColumn c = columns().get(sortField);
                if (c == null || !c.isSortable()) {
                    notes.add(Texts.get("list.address.sort", sortField));
                }
            }
        }
        return notes;
    }

    /**
     * The filters the address gives that no column of the table holds (an id, {@code lapsed}): they
     * stay on while the user filters the columns. {@code tableFields} are the fields the table filters.
     */
    Map<String, String> fixedFilters(Set<String> tableFields) {
        Map<String, String> fixed = new LinkedHashMap<>();
        fields.forEach((field, value) -> {
            if (!tableFields.contains(field)) {
                fixed.put(field, value);
            }
        });
        return fixed;
    }

    /** The query string ({@code ?a=b&…}, or empty) of a page request: what the table now shows. */
    String query(PageRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        if (request.search() != null) {
            params.put(TEXT, request.search());
        }
        request.filters().forEach((field, value) -> {
            String c = component(field);
            if (c != null && value != null && !value.isBlank()) {
                params.put(c, value);
            }
        });
        if (homeCountry != null && components.contains(COUNTRY) && !params.containsKey(COUNTRY)) {
            params.put(COUNTRY, ALL_COUNTRIES);
        }
        if (request.sortField() != null) {
            params.put(SORT, (request.ascending() ? "" : "-") + request.sortField());
        }
        if (request.size() > 0 && request.size() != ServiceLazyModel.DEFAULT_ROWS) {
            params.put(ROWS, Integer.toString(request.size()));
        }
        if (request.size() > 0 && request.first() >= request.size()) {
            params.put(PAGE, Integer.toString(request.first() / request.size() + 1));
        }
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.isEmpty() ? '?' : '&').append(encode(k)).append('=').append(encode(v)));
        return q.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static boolean isPostback() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.isPostback();
    }

    /** The list's table's columns by field, from the view being rendered (one table per list page). */
    private static Map<String, UIColumn> columns() {
        Map<String, UIColumn> columns = new LinkedHashMap<>();
        DataTable table = table();
        if (table != null) {
            for (UIComponent child : table.getChildren()) {
                if (child instanceof UIColumn c && c.getField() != null) {
                    columns.put(c.getField(), c);
                }
            }
        }
        return columns;
    }

    /** The list's table in the view being rendered (one table per list page), or {@code null}. */
    private static DataTable table() {
        return ViewTree.first(DataTable.class, table -> true);
    }
}
