package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The table's count and load cost one search when the table asks for the page it is expected to. */
class ServiceLazyModelTest {

    private final List<PageRequest> searches = new ArrayList<>();
    private final ServiceLazyModel<Integer> model = new ServiceLazyModel<>(request -> {
        searches.add(request);
        List<Integer> rows = IntStream.range(request.first(), Math.min(95, request.first() + request.size())).boxed().toList();
        return new Page<>(rows, 95);
    }, row -> row);

    @Test
    void openingTheListRunsOneSearch() {
        assertEquals(95, model.count(Map.of()));
        List<Integer> rows = model.load(0, ServiceLazyModel.DEFAULT_ROWS, Map.of(), Map.of());

        assertEquals(1, searches.size());
        assertEquals(20, rows.size());
        assertEquals(95, model.getRowCount());
    }

    @Test
    void theNextPageOnceAndThenTheSameSortAndPositionAgainOnce() {
        model.count(Map.of());
        model.load(0, 20, Map.of(), Map.of());
        searches.clear();

        // the paginator: the count fetched the old position, the load the new one
        model.count(Map.of());
        assertEquals(List.of(40, 41), model.load(40, 20, Map.of(), Map.of()).subList(0, 2));
        assertEquals(2, searches.size());
        searches.clear();

        // the same page again (a filter that matches as before, a refresh): one search
        Map<String, SortMeta> sort = Map.of();
        model.count(Map.of());
        model.load(40, 20, sort, Map.of());
        assertEquals(1, searches.size());
    }

    @Test
    void aSortedTableIsExpectedSortedAgain() {
        Map<String, SortMeta> byTitle = Map.of("title", SortMeta.builder().field("title").order(SortOrder.DESCENDING).build());
        model.count(Map.of());
        model.load(0, 20, byTitle, Map.of());
        searches.clear();

        Map<String, FilterMeta> noFilter = Map.of();
        model.count(noFilter);
        model.load(0, 20, byTitle, noFilter);
        assertEquals(1, searches.size());
        assertEquals("title", searches.get(0).sortField());
        assertEquals(false, searches.get(0).ascending());
    }

    @Test
    void anExportAfterwardsAsksTheDatabaseAgain() {
        model.count(Map.of());
        model.load(0, 20, Map.of(), Map.of());
        model.load(0, 20, Map.of(), Map.of());
        assertEquals(2, searches.size());
    }
}
