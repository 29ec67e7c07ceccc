package org.ddmsportal.application.pilot;

import java.util.List;
import org.ddmsportal.application.shared.DdmsException;
import org.ddmsportal.domain.pilot.PhaseGates;

/** A pilot may not enter the next GSBPM phase yet: the gate's evidence is missing. */
public class PhaseGateException extends DdmsException {

    private static final long serialVersionUID = 1L;

    private final transient List<PhaseGates.Missing> missing;

    public PhaseGateException(List<PhaseGates.Missing> missing) {
        super(409, "gate.refused", missing.size());
        this.missing = List.copyOf(missing);
    }

    public List<PhaseGates.Missing> missing() {
        return missing;
    }
}
