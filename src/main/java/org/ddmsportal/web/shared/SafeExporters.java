package org.ddmsportal.web.shared;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Puts the portal's exporters in place of PrimeFaces' {@code csv} and {@code xlsx} exporters of
 * data tables, so every {@code <p:dataExporter type="csv|xlsx">} — today's and any added later —
 * writes what {@link ExportCells} says without the page having to ask for it.
 * <p>
 * Done at the first request, not at start-up: PrimeFaces keeps its exporters in its application
 * context, which it can only build once requests are served (on Payara, building it from the
 * start-up event fails the deployment). Registering twice is harmless, so no lock.
 */
public class SafeExporters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private static volatile boolean registered;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (!registered) {
            DataExporters.register(DataTable.class, SafeCsvExporter.class, "csv");
            DataExporters.register(DataTable.class, SafeXlsxExporter.class, "xlsx");
            registered = true;
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing
    }
}
