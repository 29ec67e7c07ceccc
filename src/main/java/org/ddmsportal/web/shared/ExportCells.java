package org.ddmsportal.web.shared;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import org.ddmsportal.application.shared.SpreadsheetText;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.model.LazyDataModel;

/**
 * What the portal's list exports ({@link SafeCsvExporter}, {@link SafeXlsxExporter}) change in
 * PrimeFaces' own exporters; nothing else differs.
 * <ul>
 *   <li>Every text cell, header and title goes through {@link SpreadsheetText}.</li>
 *   <li>A column with an {@code exportValue} exports exactly that, also when it is empty. PrimeFaces
 *       would fall back to the column's {@code field} and print the raw property (an entity's
 *       {@code toString}, or fail on a field that is only a filter key).</li>
 *   <li>A lazy table is counted again with its current filters before the export, so the file has
 *       every matching row even when records were added since the page was drawn — up to
 *       {@link #MAX_ROWS}: an export is read a page at a time, but one click must not make the
 *       portal read and write a whole register of 100,000 rows (filter first).</li>
 * </ul>
 */
final class ExportCells {

    /** The most rows one export writes. */
    static final int MAX_ROWS = 20_000;

    private ExportCells() {
    }

    static ColumnValue safe(ColumnValue value) {
        return value != null && value.isStringValue()
                ? ColumnValue.of(SpreadsheetText.safe((String) value.getValue())) : value;
    }

    static String safe(String text) {
        return SpreadsheetText.safe(text);
    }

    /** The column's {@code exportValue} ("" when it yields nothing), if the column declares one. */
    static Optional<ColumnValue> declared(FacesContext context, UIColumn column) {
        if (column instanceof UIComponent component) {
            ValueExpression expression = component.getValueExpression("exportValue");
            if (expression != null) {
                Object value = expression.getValue(context.getELContext());
                return Optional.of(ColumnValue.of(value == null ? "" : value));
            }
        }
        return Optional.empty();
    }

    static void recount(DataTable table) {
        if (table.isLazy() && table.getValue() instanceof LazyDataModel<?> model) {
            model.setRowCount(Math.min(MAX_ROWS, model.count(table.getActiveFilterMeta())));
        }
    }
}
