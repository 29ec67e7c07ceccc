package org.ddmsportal.api.v1.pilots;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The GSBPM phase of a pilot, what its next gate still needs, and a move's request. */
public final class PhaseDtos {

    private PhaseDtos() {
    }

    /** Where the pilot stands and what the next phase's gate still needs (empty: it may move on). */
    @Schema(name = "PilotPhase")
    public record PhaseDto(int phase,
                    Integer next,
                    List<MissingDto> missingForNext,
                    long version) {
    }

    /** One piece of evidence a gate needs. */
    @Schema(name = "GateEvidenceMissing")
    public record MissingDto(String key,
                      String subject,
                      String message) {
    }

    /** A phase move: the next phase (its gate is checked), or an earlier one with a comment saying why. */
    @Schema(name = "PilotPhaseMove")
    public record PhaseMove(Integer phase, String comment) {
    }
}
