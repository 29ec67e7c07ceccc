package org.ddmsportal.api.v1.pilots;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The GSBPM phase of a pilot, what its next gate still needs, and a move's request. */
public final class PhaseDtos {

    private PhaseDtos() {
    }

    /** Where the pilot stands and what the next phase's gate still needs (empty: it may move on). */
    @Schema(name = "PilotPhase")
    public record PhaseDto(@Schema(example = "3") int phase,
                    @Schema(nullable = true, description = "The next phase, null in the last one", example = "4") Integer next,
                    @Schema(description = "What the next phase's gate still needs") List<MissingDto> missingForNext,
                    @Schema(description = "The pilot's version (its ETag)") long version) {
    }

    /** One piece of evidence a gate needs. */
    @Schema(name = "GateEvidenceMissing")
    public record MissingDto(@Schema(example = "gate.agreement") String key,
                      @Schema(nullable = true, description = "The record it is about") String subject,
                      @Schema(description = "The same, in the caller's language") String message) {
    }

    /** A phase move: the next phase (its gate is checked), or an earlier one with a comment saying why. */
    @Schema(name = "PilotPhaseMove")
    public record PhaseMove(@Schema(required = true, example = "4") Integer phase, @Schema(nullable = true) String comment) {
    }
}
