package org.ddmsportal.domain.pilot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.reference.OrganisationType;

/**
 * The evidence each GSBPM phase asks for before a pilot enters it. A missing piece is a
 * {@link Missing} with a message key and what it concerns (a dataset's title), so the page can
 * say exactly what to do.
 *
 * <ol>
 *   <li>Specify needs — where every pilot starts.</li>
 *   <li>Design — the policy question and the decision it supports are recorded.</li>
 *   <li>Build — at least one data source (dataset) and the methods are described.</li>
 *   <li>Collect — every dataset not held by an NSI is covered by a signed, unexpired
 *       data-sharing agreement.</li>
 *   <li>Process — the pilot produces at least one indicator.</li>
 *   <li>Analyse — observations of its indicators are imported.</li>
 *   <li>Disseminate — some observations are final (not provisional, not confidential).</li>
 *   <li>Evaluate — a decision informed by the pilot is in the decision register.</li>
 * </ol>
 */
public final class PhaseGates {

    /** What the pilot's data show, counted by the application. */
    public record Evidence(long indicators, long observations, long finalObservations, long decisions) {
    }

    /** A missing piece of evidence: a message key and, where it concerns one, its subject. */
    public record Missing(String key, String subject) {
    }

    /** A move forward refused by its gate, with what is missing. */
    public static final class EvidenceMissing extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        private final transient List<Missing> missing;

        public EvidenceMissing(List<Missing> missing) {
            super("evidence missing: " + missing);
            this.missing = List.copyOf(missing);
        }

        public List<Missing> missing() {
            return missing;
        }
    }

    private PhaseGates() {
    }

    /** What is missing for {@code pilot} to enter {@code phase} on {@code today}; empty when it may. */
    public static List<Missing> missingFor(Pilot pilot, int phase, Evidence evidence, LocalDate today) {
        List<Missing> missing = new ArrayList<>();
        switch (phase) {
            case 2 -> {
                require(missing, pilot.getPolicyQuestion() != null, "gate.policyQuestion");
                require(missing, pilot.getDecision() != null, "gate.decision");
            }
            case 3 -> {
                require(missing, !pilot.getDatasets().isEmpty(), "gate.datasets");
                require(missing, pilot.getStatisticalMethods() != null || pilot.getMlTechnique() != null, "gate.methods");
            }
            case 4 -> {
                for (Dataset d : pilot.getDatasets()) {
                    if (!heldByNsi(d) && !coveredByAgreement(d, today)) {
                        missing.add(new Missing("gate.agreement", d.getTitle()));
                    }
                }
            }
            case 5 -> require(missing, evidence.indicators() != 0, "gate.indicators");
            case 6 -> require(missing, evidence.observations() != 0, "gate.observations");
            case 7 -> require(missing, evidence.finalObservations() != 0, "gate.finalObservations");
            case 8 -> require(missing, evidence.decisions() != 0, "gate.decisions");
            default -> {
                // phase 1 needs nothing
            }
        }
        return missing;
    }

    /** Adds the missing piece {@code key} (about nothing in particular) unless the evidence is there. */
    private static void require(List<Missing> missing, boolean present, String key) {
        if (!present) {
            missing.add(new Missing(key, null));
        }
    }

    /** Data the NSI (or one of its regional offices) holds need no agreement to be used. */
    static boolean heldByNsi(Dataset dataset) {
        String type = dataset.getProvider().getType().getCode();
        return OrganisationType.NSI.equals(type) || OrganisationType.NSI_REGIONAL_OFFICE.equals(type);
    }

    static boolean coveredByAgreement(Dataset dataset, LocalDate today) {
        Agreement agreement = dataset.getAgreement();
        return agreement != null && agreement.isDataSharing() && agreement.isSignedAndUnexpired(today);
    }
}
