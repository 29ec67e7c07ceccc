package org.ddmsportal.web.datasets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.ddmsportal.application.data.DatasetForm;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.DataFormat;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Granularity;
import org.ddmsportal.domain.data.Periodicity;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.web.shared.EditPage;

/** /app/datasets/edit[?id=…]: describe or change a dataset. */
@Named
@ViewScoped
public class DatasetEditBacking extends EditPage<Dataset, DatasetForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    DatasetService service;

    @Inject
    CurrentActor currentActor;

    @Override
    protected Optional<Dataset> find(long id) {
        return service.find(currentActor.get(), id);
    }

    @Override
    protected boolean mayEdit(Dataset record) {
        return service.mayEdit(currentActor.get(), record);
    }

    @Override
    protected boolean mayCreate() {
        return service.mayCreate(currentActor.get());
    }

    @Override
    protected DatasetForm newForm() {
        return new DatasetForm();
    }

    @Override
    protected DatasetForm formOf(Dataset record) {
        return DatasetForm.of(record);
    }

    @Override
    protected String titleOf(Dataset record) {
        return record.getTitle();
    }

    @Override
    protected long create(DatasetForm form) {
        return service.create(currentActor.get(), form);
    }

    @Override
    protected void update(long id, DatasetForm form) {
        service.update(currentActor.get(), id, form);
    }

    @Override
    protected String folder() {
        return "datasets";
    }

    @Override
    protected String messagePrefix() {
        return "dataset";
    }

    public SourceKind[] getSourceKinds() {
        return SourceKind.values();
    }

    public Granularity[] getGranularities() {
        return Granularity.values();
    }

    public Periodicity[] getPeriodicities() {
        return Periodicity.values();
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public DataFormat[] getFormats() {
        return DataFormat.values();
    }

}
