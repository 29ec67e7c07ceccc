package org.ddmsportal.application.data;

import org.ddmsportal.application.shared.DdmsException;

/** An observation file with errors: nothing was stored; the result names every problem found. */
public class ImportRefusedException extends DdmsException {

    private static final long serialVersionUID = 1L;

    private final transient ObservationReader.Result result;

    public ImportRefusedException(ObservationReader.Result result) {
        super(422, "import.refused", result.problemCount());
        this.result = result;
    }

    public ObservationReader.Result result() {
        return result;
    }
}
