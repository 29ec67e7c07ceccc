package org.ddmsportal.application.pilot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.application.data.ObservationStore;
import org.ddmsportal.application.editing.WorkflowEditingService;
import org.ddmsportal.application.editing.Listing;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.Links;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetRepository;
import org.ddmsportal.domain.data.IndicatorCriteria;
import org.ddmsportal.domain.data.IndicatorRepository;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.domain.decision.DecisionCriteria;
import org.ddmsportal.domain.decision.DecisionRepository;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.pilot.PhaseGates;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotCriteria;
import org.ddmsportal.domain.pilot.PilotPolicy;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.ddmsportal.domain.workflow.WorkflowRepository;
import org.ddmsportal.domain.workflow.Workflowable;

/**
 * Use cases of pilots: define, move along the lifecycle of {@code workflows/pilot.json}, and move
 * through the GSBPM phases — forward one phase at a time with the gate's evidence
 * ({@link PhaseGates}), back freely with a comment. Everyone signed in reads; administrators and
 * the NSI users of the city's country change them.
 */
@ApplicationScoped
@Transactional
public class PilotService extends WorkflowEditingService<Pilot, PilotForm, PilotCriteria> {

    /** Phase moves follow their own lifecycle, {@code workflows/pilot-phase.json}; its events show with the pilot's. */
    public static final String PHASE_EVENTS = "pilot-phase";

    @Inject
    PilotRepository pilots;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    DatasetRepository datasets;

    @Inject
    IndicatorRepository indicators;

    @Inject
    DecisionRepository decisions;

    @Inject
    ReferenceRepository reference;

    @Inject
    ObservationStore observations;

    @Inject
    WorkflowRepository workflowEvents;

    @Inject
    Clock clock;

    public PilotService() {
        super(Pilot::getTitle, PilotPolicy::mayRead, countryManagers(Pilot::getCountry),
                Listing.scoped(PilotPolicy::listScope, PilotCriteria::fromTable, PilotCriteria::withScope),
                Pilot.WORKFLOW);
    }

    @Override
    protected PilotRepository records() {
        return pilots;
    }

    /**
     * The proposal expects one pilot city per country: how many pilots the country of this
     * pilot has (a page warns from two on; nothing is forbidden).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long pilotsInCountry(@NotNull Pilot pilot) {
        return pilots.countInCountry(pilot.getCountry().getAlpha2());
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid PilotForm form) {
        Pilot pilot;
        try {
            pilot = new Pilot(form.getTitle(), organisation(form.getCityId()), organisation(form.getLeadId()),
                    workflow.initialState(Pilot.WORKFLOW));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.pilot.country");
        }
        checkKinds(pilot);
        requireEdit(actor, pilot);
        apply(pilot, form);
        return add(actor, pilot, pilots::add);
    }

    @Override
    protected void revise(Actor actor, Pilot pilot, PilotForm form) {
        Country country = pilot.getCountry();
        pilot.retitle(form.getTitle());
        try {
            pilot.locate(organisation(form.getCityId()), organisation(form.getLeadId()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.pilot.country");
        }
        if (!country.equals(pilot.getCountry())) {
            datasets.relocateFor(pilot);
        }
        checkKinds(pilot);
        requireEdit(actor, pilot);
        apply(pilot, form);
    }

    private void checkKinds(Pilot pilot) {
        if (!OrganisationType.MUNICIPALITY.equals(pilot.getCity().getType().getCode())) {
            throw new InvalidInputException("error.pilot.cityNotMunicipality");
        }
        String lead = pilot.getLead().getType().getCode();
        if (!OrganisationType.NSI.equals(lead) && !OrganisationType.NSI_REGIONAL_OFFICE.equals(lead)) {
            throw new InvalidInputException("error.partnership.leadNotNsi");
        }
    }

    private void apply(Pilot pilot, PilotForm form) {
        Set<PolicyDomain> domains = new LinkedHashSet<>();
        for (String code : form.getDomainCodes()) {
            domains.add(reference.policyDomain(code).orElseThrow(() -> new InvalidInputException("error.unknownDomain")));
        }
        pilot.aimAt(form.getPolicyQuestion(), form.getDecision(), form.getDecisionBody(), form.getDecisionDue(),
                Set.copyOf(form.getGoalTypes()), domains);
        if ((form.getMlPurpose() != null && !form.getMlPurpose().isBlank())
                && (form.getMlTechnique() == null || form.getMlTechnique().isBlank())) {
            throw new InvalidInputException("error.pilot.mlTechnique");
        }
        pilot.useMethods(form.getStatisticalMethods(), form.getMlTechnique(), form.getMlPurpose());
        Set<Partnership> ps = new LinkedHashSet<>();
        for (Long id : form.getPartnershipIds()) {
            Partnership p = partnerships.find(id).orElseThrow(() -> new InvalidInputException("error.dataset.unknownPartnership"));
            Links.sameCountry(pilot.getPartnerships().contains(p), p.getCountry(), pilot.getCountry(), p.getTitle());
            ps.add(p);
        }
        Set<Organisation> partners = new LinkedHashSet<>();
        for (Long id : form.getPartnerIds()) {
            partners.add(organisation(id));
        }
        pilot.involve(ps, partners);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(form.getDatasetIds()));
        List<Dataset> used = datasets.byIds(ids);
        if (used.size() != ids.size()) {
            throw new InvalidInputException("error.indicator.unknownDataset");
        }
        used.forEach(d -> Links.sameCountry(pilot.getDatasets().contains(d), d.getCountry(), pilot.getCountry(), d.getTitle()));
        pilot.useData(new LinkedHashSet<>(used));
        Set<SdgEntry> targets = new LinkedHashSet<>();
        for (String code : form.getSdgTargetCodes()) {
            targets.add(indicators.sdg(code).filter(s -> SdgEntry.TARGET.equals(s.getLevel()))
                    .orElseThrow(() -> new InvalidInputException("error.pilot.sdgTarget")));
        }
        pilot.address(targets);
        List<Pilot.MilestoneEntry> milestones = new ArrayList<>();
        for (PilotForm.MilestoneRow row : form.getMilestones()) {
            if (row.getTitle() == null || row.getTitle().isBlank()) {
                throw new InvalidInputException("error.pilot.milestone");
            }
            milestones.add(new Pilot.MilestoneEntry(row.getTitle(), row.getDue(), row.getDoneOn()));
        }
        pilot.replaceMilestones(milestones);
    }

    private Organisation organisation(Long id) {
        return id == null ? null : organisations.find(id)
                .orElseThrow(() -> new InvalidInputException("error.unknownOrganisation"));
    }

    // --- lifecycle ---------------------------------------------------------------------------

    /** The lifecycle's events and the GSBPM phase moves, latest first. */
    @Override
    protected List<WorkflowEvent> events(long id) {
        List<WorkflowEvent> events = new ArrayList<>(super.events(id));
        events.addAll(workflowEvents.events(PHASE_EVENTS, id));
        events.sort((a, b) -> b.getAt().compareTo(a.getAt()));
        return events;
    }

    // --- GSBPM phases ------------------------------------------------------------------------

    /** What the pilot still needs to enter {@code phase}; empty when it may. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PhaseGates.Missing> missingFor(@NotNull Actor actor, @NotNull Pilot pilot, int phase) {
        return PhaseGates.missingFor(pilot, phase, evidence(pilot), LocalDate.now(clock));
    }

    /**
     * Moves the pilot to another GSBPM phase: the next one with its evidence, or an earlier one
     * with a comment saying why. Refused with what is missing; recorded in the lifecycle and the
     * history.
     */
    public void movePhase(@NotNull Actor actor, long id, long version, int phase, String comment) {
        Pilot pilot = get(actor, id);
        requireEdit(actor, pilot);
        Versions.check(pilot, version);
        int from = pilot.getPhase();
        if (phase < Pilot.FIRST_PHASE || phase > Pilot.LAST_PHASE || phase == from || phase > from + 1) {
            throw new InvalidInputException("error.pilot.phase");
        }
        boolean back = phase < from;
        if (back && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("error.pilot.phaseBackComment");
        }
        // the move itself is workflows/pilot-phase.json's, through the engine (roles, scope, audit, event);
        // the pilot checks its own gate when it enters the phase
        workflow.move(actor, pilot, new PhaseTrack(pilot, () -> evidence(pilot), LocalDate.now(clock)),
                back ? "phaseBack" : "phaseForward", Integer.toString(phase), comment, a -> mayEdit(a, pilot),
                pilot.getTitle());
    }

    /** The pilot's GSBPM phase as the engine sees it: the lifecycle {@code pilot-phase}, states "1" to "8". */
    private record PhaseTrack(Pilot pilot, java.util.function.Supplier<PhaseGates.Evidence> evidence, LocalDate today)
            implements Workflowable {

        @Override
        public String workflowName() {
            return PHASE_EVENTS;
        }

        @Override
        public String getStatus() {
            return Integer.toString(pilot.getPhase());
        }

        @Override
        public void enterStatus(String status) {
            try {
                pilot.enterPhase(Integer.parseInt(status), evidence, today);
            } catch (PhaseGates.EvidenceMissing e) {
                throw new PhaseGateException(e.missing());
            }
        }

        @Override
        public String auditType() {
            return pilot.auditType();
        }

        @Override
        public Map<String, String> auditSnapshot() {
            return pilot.auditSnapshot();
        }
    }

    private PhaseGates.Evidence evidence(Pilot pilot) {
        PageRequest count = PageRequest.firstPage(1);
        long indicatorCount = indicators.search(IndicatorCriteria.all().withPilotId(pilot.getId()), count).total();
        long decisionCount = decisions.search(DecisionCriteria.all().withPilotId(pilot.getId()), count).total();
        return new PhaseGates.Evidence(indicatorCount, observations.countForPilot(pilot.getId(), false),
                observations.countForPilot(pilot.getId(), true), decisionCount);
    }
}
