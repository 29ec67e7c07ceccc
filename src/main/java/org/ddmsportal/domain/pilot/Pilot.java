package org.ddmsportal.domain.pilot;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lombok.Getter;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.ProducingPilot;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.Texts;
import org.ddmsportal.domain.workflow.WorkflowEntity;

/**
 * A pilot project in one city: the policy question, the decision it supports (which, by whom,
 * when), the data it uses and the methods, its milestones and SDG targets. It follows the
 * lifecycle of {@code workflows/pilot.json} and, independently, the GSBPM phases 1–8, where
 * each step forward needs its evidence ({@link PhaseGates}). Its country is the city's.
 */
@Entity
@Table(name = "pilot")
public class Pilot extends WorkflowEntity implements ProducingPilot {

    public static final String WORKFLOW = "pilot";
    public static final int FIRST_PHASE = 1;
    public static final int LAST_PHASE = 8;

    @Column(name = "title", nullable = false, length = Lengths.NAME)
    @Getter private String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id", nullable = false)
    @Getter private Organisation city;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_id", nullable = false)
    @Getter private Organisation lead;

    @Column(name = "policy_question", length = Lengths.DESCRIPTION)
    @Getter private String policyQuestion;

    @Column(name = "decision_text", length = Lengths.DESCRIPTION)
    @Getter private String decision;

    @Column(name = "decision_body", length = Lengths.NAME)
    @Getter private String decisionBody;

    @Column(name = "decision_due")
    @Getter private LocalDate decisionDue;

    @Convert(converter = GoalTypeSetConverter.class)
    @Column(name = "goal_types", length = 200)
    private Set<GoalType> goalTypes = EnumSet.noneOf(GoalType.class);

    @Column(name = "statistical_methods", length = Lengths.DESCRIPTION)
    @Getter private String statisticalMethods;

    @Column(name = "ml_technique", length = Lengths.NAME)
    @Getter private String mlTechnique;

    @Column(name = "ml_purpose", length = Lengths.DESCRIPTION)
    @Getter private String mlPurpose;

    @Column(name = "phase", nullable = false)
    @Getter private int phase = FIRST_PHASE;

    @ManyToMany
    @JoinTable(name = "pilot_domain", joinColumns = @JoinColumn(name = "pilot_id"),
            inverseJoinColumns = @JoinColumn(name = "domain_id"))
    private Set<PolicyDomain> domains = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "pilot_partnership", joinColumns = @JoinColumn(name = "pilot_id"),
            inverseJoinColumns = @JoinColumn(name = "partnership_id"))
    private Set<Partnership> partnerships = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "pilot_partner", joinColumns = @JoinColumn(name = "pilot_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> partners = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "pilot_sdg", joinColumns = @JoinColumn(name = "pilot_id"),
            inverseJoinColumns = @JoinColumn(name = "sdg_code"))
    private Set<SdgEntry> sdgTargets = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "pilot_dataset", joinColumns = @JoinColumn(name = "pilot_id"),
            inverseJoinColumns = @JoinColumn(name = "dataset_id"))
    private Set<Dataset> datasets = new LinkedHashSet<>();

    @OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    protected Pilot() {
        // for JPA
    }

    public Pilot(String title, Organisation city, Organisation lead, String initialStatus) {
        retitle(title);
        locate(city, lead);
        enterStatus(initialStatus);
    }

    public final void retitle(String newTitle) {
        this.title = Texts.required(newTitle, "title");
    }

    /** The city (a municipality) and the NSI or regional office running the pilot, of one country. */
    public final void locate(Organisation newCity, Organisation newLead) {
        Objects.requireNonNull(newCity, "city");
        Objects.requireNonNull(newLead, "lead");
        if (!newCity.getCountry().equals(newLead.getCountry())) {
            throw new IllegalArgumentException("the city and the NSI are of different countries");
        }
        this.city = newCity;
        this.lead = newLead;
    }

    /** The policy question and the decision it informs: which, by which body, by when. */
    public void aimAt(String question, String newDecision, String body, LocalDate due, Set<GoalType> types,
                      Set<PolicyDomain> newDomains) {
        this.policyQuestion = Texts.blankToNull(question);
        this.decision = Texts.blankToNull(newDecision);
        this.decisionBody = Texts.blankToNull(body);
        this.decisionDue = due;
        this.goalTypes = types == null || types.isEmpty() ? EnumSet.noneOf(GoalType.class) : EnumSet.copyOf(types);
        this.domains.clear();
        this.domains.addAll(newDomains);
    }

    /** Statistical methods and, if used, the machine-learning technique and its purpose. */
    public void useMethods(String statistical, String technique, String purpose) {
        this.statisticalMethods = Texts.blankToNull(statistical);
        this.mlTechnique = Texts.blankToNull(technique);
        this.mlPurpose = Texts.blankToNull(purpose);
    }

    public void involve(Set<Partnership> newPartnerships, Set<Organisation> newPartners) {
        this.partnerships.clear();
        this.partnerships.addAll(newPartnerships);
        this.partners.clear();
        this.partners.addAll(newPartners);
    }

    public void useData(Set<Dataset> newDatasets) {
        this.datasets.clear();
        this.datasets.addAll(newDatasets);
    }

    /** SDG targets addressed (targets, not goals or indicators). */
    public void address(Set<SdgEntry> targets) {
        for (SdgEntry t : targets) {
            if (!SdgEntry.TARGET.equals(t.getLevel())) {
                throw new IllegalArgumentException("not an SDG target: " + t.getCode());
            }
        }
        this.sdgTargets.clear();
        this.sdgTargets.addAll(targets);
    }

    /** A milestone as a use case hands it in. */
    public record MilestoneEntry(String title, LocalDate due, LocalDate doneOn) {
    }

    public void replaceMilestones(List<MilestoneEntry> entries) {
        milestones.clear();
        int position = 0;
        for (MilestoneEntry e : entries) {
            if (e.title() == null || e.title().isBlank()) {
                throw new IllegalArgumentException("a milestone needs a title");
            }
            milestones.add(new Milestone(this, e.title().strip(), e.due(), e.doneOn(), position++));
        }
    }

    /**
     * Enters a GSBPM phase: forward only to the next phase, and only when its gate finds no
     * evidence missing ({@link PhaseGates}, on {@code today}, with what the application counted);
     * back to any earlier phase freely (work is redone). The evidence is asked for only on a
     * move forward.
     *
     * @throws PhaseGates.EvidenceMissing with what is missing, the pilot unchanged
     */
    public void enterPhase(int newPhase, Supplier<PhaseGates.Evidence> evidence, LocalDate today) {
        if (newPhase < FIRST_PHASE || newPhase > LAST_PHASE || newPhase == phase) {
            throw new IllegalArgumentException("not a phase to move to: " + newPhase);
        }
        if (newPhase > phase + 1) {
            throw new IllegalArgumentException("phases are entered one after the other");
        }
        if (newPhase > phase) {
            List<PhaseGates.Missing> missing = PhaseGates.missingFor(this, newPhase, evidence.get(), today);
            if (!missing.isEmpty()) {
                throw new PhaseGates.EvidenceMissing(missing);
            }
        }
        this.phase = newPhase;
    }

    /** Datasets grouped by kind of source (in the kinds' order), each kind's by title: a pilot's data sources. */
    public static Map<SourceKind, List<Dataset>> bySourceKind(Collection<Dataset> datasets) {
        Map<SourceKind, List<Dataset>> byKind = new LinkedHashMap<>();
        for (SourceKind kind : SourceKind.values()) {
            List<Dataset> of = datasets.stream().filter(d -> d.getSourceKind() == kind)
                    .sorted(Comparator.comparing(Dataset::getTitle)).toList();
            if (!of.isEmpty()) {
                byKind.put(kind, of);
            }
        }
        return byKind;
    }

    /** Some dataset used is lapsed (its agreement is not in force). */
    public boolean isLapsed(LocalDate today) {
        return datasets.stream().anyMatch(d -> d.isLapsed(today));
    }

    @Override
    public Country getCountry() {
        return city.getCountry();
    }

    @Override
    public boolean readableBy(String partyOrganisation) {
        return PilotPolicy.readableBy(this, partyOrganisation);
    }

    public Set<GoalType> getGoalTypes() {
        return goalTypes.isEmpty() ? Set.of() : EnumSet.copyOf(goalTypes);
    }

    public List<GoalType> getGoalTypeList() {
        return List.copyOf(new TreeSet<>(goalTypes));
    }

    public List<PolicyDomain> getDomainList() {
        return domains.stream().sorted(Comparator.comparingInt(PolicyDomain::getSortOrder)).toList();
    }

    public List<Partnership> getPartnerships() {
        return partnerships.stream().sorted(Comparator.comparing(Partnership::getTitle)).toList();
    }

    public List<Organisation> getPartners() {
        return partners.stream().sorted(Comparator.comparing(Organisation::getLabel)).toList();
    }

    public List<SdgEntry> getSdgTargets() {
        return sdgTargets.stream().sorted(Comparator.comparing(SdgEntry::getCode)).toList();
    }

    public List<Dataset> getDatasets() {
        return datasets.stream().sorted(Comparator.comparing(Dataset::getTitle)).toList();
    }

    public List<Milestone> getMilestones() {
        return List.copyOf(milestones);
    }

    @Override
    public String workflowName() {
        return WORKFLOW;
    }

    /** The snapshot's fields naming other records: its partnerships and datasets. */
    @Override
    public Set<String> linkFields() {
        return Set.of("partnerships", "datasets");
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("city", city.getLabel());
        s.put("lead", lead.getLabel());
        s.put("policyQuestion", policyQuestion);
        s.put("decision", decision);
        s.put("decisionBody", decisionBody);
        s.put("decisionDue", decisionDue == null ? null : decisionDue.toString());
        s.put("goalTypes", goalTypes.isEmpty() ? null : EnumSet.copyOf(goalTypes).toString());
        s.put("domains", Auditable.sortedNames(domains, PolicyDomain::getCode, ", "));
        s.put("statisticalMethods", statisticalMethods);
        s.put("mlTechnique", mlTechnique);
        s.put("mlPurpose", mlPurpose);
        s.put("status", getStatus());
        s.put("phase", Integer.toString(phase));
        s.put("partnerships", Auditable.sortedNames(partnerships, Partnership::getTitle, ", "));
        s.put("partners", Auditable.sortedNames(partners, Organisation::getLabel, ", "));
        s.put("sdgTargets", Auditable.sortedNames(sdgTargets, SdgEntry::getCode, ", "));
        s.put("datasets", Auditable.sortedNames(datasets, Dataset::getTitle, ", "));
        s.put("milestones", milestones.isEmpty() ? null
                : milestones.stream().map(Milestone::describe).collect(Collectors.joining("; ")));
        return s;
    }
}
