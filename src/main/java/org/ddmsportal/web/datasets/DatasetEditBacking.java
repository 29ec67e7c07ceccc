package org.ddmsportal.web.datasets;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.ddmsportal.application.data.DatasetForm;
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

    public DatasetEditBacking() {
        super("datasets", "dataset", DatasetForm::new, DatasetForm::of, Dataset::getTitle);
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
