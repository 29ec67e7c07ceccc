package org.ddmsportal.web.shared;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.api.UITable;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.export.ColumnValue;

/** PrimeFaces' CSV export of a data table, with the portal's rules ({@link ExportCells}). */
public class SafeCsvExporter extends DataTableCSVExporter {

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
    protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue columnValue, int index) {
        super.exportColumnFacetValue(context, table, ExportCells.safe(columnValue), index);
    }

    @Override
    protected void exportCellValue(FacesContext context, DataTable table, UIColumn col, ColumnValue columnValue, int index) {
        super.exportCellValue(context, table, col, ExportCells.safe(columnValue), index);
    }
}
