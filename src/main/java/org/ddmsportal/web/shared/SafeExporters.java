package org.ddmsportal.web.shared;

import jakarta.faces.application.Application;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Puts the portal's exporters in place of PrimeFaces' {@code csv} and {@code xlsx} exporters of
 * data tables when the application starts (declared in faces-config.xml, as PrimeFaces'
 * documentation advises), so every {@code <p:dataExporter type="csv|xlsx">} — today's and any
 * added later — writes injection-safe cells without the page having to ask for it.
 */
public class SafeExporters implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
        DataExporters.register(DataTable.class, SafeXlsxExporter.class, "xlsx");
    }
}
