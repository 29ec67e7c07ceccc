package org.ddmsportal.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.api.UITable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableExcelXExporter;
import org.primefaces.component.export.ColumnValue;

/** PrimeFaces' XLSX export of a data table, with the portal's rules ({@link ExportCells}). */
public class SafeXlsxExporter extends DataTableExcelXExporter {

    /**
     * Every cell as the text the page shows: with typed cells, Excel turned codes into numbers
     * ("008" → 8) and dates into its own US format.
     */
    @Override
    protected org.primefaces.component.export.ExcelOptions options() {
        org.primefaces.component.export.ExcelOptions options = super.options();
        if (options != null) {
            options.setStronglyTypedCells(false);
        }
        return options;
    }

    @Override
    protected void exportTable(FacesContext context, DataTable table, int index) throws IOException {
        ExportCells.recount(table);
        super.exportTable(context, table, index);
    }

    @Override
    public ColumnValue getColumnValue(FacesContext context, UITable table, UIColumn column, boolean joinComponents) {
        return ExportCells.declared(context, column).orElseGet(() -> super.getColumnValue(context, table, column, joinComponents));
    }

    @Override
    protected void exportTabletFacetValue(FacesContext context, DataTable table, String textValue) {
        super.exportTabletFacetValue(context, table, ExportCells.safe(textValue));
    }

    @Override
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue columnValue, int index) {
        super.exportColumnFacetValue(context, table, ExportCells.safe(columnValue), index);
    }

    @Override
    protected void exportColumnGroupFacetValue(FacesContext context, DataTable table, UIColumn column,
                                               AtomicInteger colIndex, ColumnValue columnValue) {
        super.exportColumnGroupFacetValue(context, table, column, colIndex, ExportCells.safe(columnValue));
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn col, ColumnValue columnValue, int index) {
        super.exportCellValue(context, table, col, ExportCells.safe(columnValue), index);
    }
}
