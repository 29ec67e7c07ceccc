package org.ddmsportal.domain.partnership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Getter;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.Texts;
import org.ddmsportal.domain.workflow.WorkflowEntity;

/**
 * A strategic partnership: an NSI (or one of its regional offices) leads it, partner
 * organisations join it with a role and the resources they bring, and it follows the lifecycle
 * of {@code workflows/partnership.json} (proposed → negotiating → active ⇄ suspended →
 * concluded | terminated). Its country is the lead organisation's: that decides who may change
 * it. Agreements, datasets, indicators and pilots will hang off it as their issues land.
 */
@Entity
@Table(name = "partnership")
public class Partnership extends WorkflowEntity {

    public static final String WORKFLOW = "partnership";

    @Column(name = "title", nullable = false, length = Lengths.NAME)
    @Getter private String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_organisation_id", nullable = false)
    @Getter private Organisation lead;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30)
    @Getter private PartnershipType type;

    @OneToMany(mappedBy = "partnership", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PartnershipPartner> partners = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "partnership_domain", joinColumns = @JoinColumn(name = "partnership_id"),
            inverseJoinColumns = @JoinColumn(name = "domain_id"))
    @OrderBy("sortOrder")
    private Set<PolicyDomain> domains = new LinkedHashSet<>();

    @Convert(converter = ResourceSetConverter.class)
    @Column(name = "lead_resources", length = 200)
    private Set<Resource> leadResources = EnumSet.noneOf(Resource.class);

    @Column(name = "objectives", length = Lengths.DESCRIPTION)
    @Getter private String objectives;

    @Column(name = "expected_value", length = Lengths.DESCRIPTION)
    @Getter private String expectedValue;

    @Column(name = "start_date")
    @Getter private LocalDate startDate;

    @Column(name = "end_date")
    @Getter private LocalDate endDate;

    @Column(name = "notes", length = Lengths.DESCRIPTION)
    @Getter private String notes;

    protected Partnership() {
        // for JPA
    }

    public Partnership(String title, Organisation lead, PartnershipType type, String initialStatus) {
        retitle(title);
        leadBy(lead);
        this.type = Objects.requireNonNull(type, "type");
        enterStatus(initialStatus);
    }

    public void retitle(String newTitle) {
        this.title = Texts.required(newTitle, "title");
    }

    public void leadBy(Organisation organisation) {
        this.lead = Objects.requireNonNull(organisation, "lead");
    }

    public void classify(PartnershipType newType, Set<PolicyDomain> newDomains) {
        this.type = Objects.requireNonNull(newType, "type");
        this.domains.clear();
        this.domains.addAll(newDomains);
    }

    /** The lead brings these resources. */
    public void leadBrings(Set<Resource> resources) {
        this.leadResources = Resource.setOf(resources);
    }

    /** Replaces the partners; an organisation is a partner once, and never the lead itself. */
    public void replacePartners(List<PartnerEntry> entries) {
        Set<Organisation> seen = new LinkedHashSet<>();
        for (PartnerEntry e : entries) {
            if (e.organisation().equals(lead)) {
                throw new IllegalArgumentException("the lead organisation is not its own partner");
            }
            if (!seen.add(e.organisation())) {
                throw new IllegalArgumentException("an organisation is a partner only once");
            }
        }
        // Keep the rows of organisations that stay (one row per organisation is also a database
        // constraint, and the database would see a new row before the old one is removed).
        partners.removeIf(p -> entries.stream().noneMatch(e -> e.organisation().equals(p.getOrganisation())));
        for (PartnerEntry e : entries) {
            partners.stream().filter(p -> p.getOrganisation().equals(e.organisation())).findFirst()
                    .ifPresentOrElse(p -> p.change(e.role(), e.resources()),
                            () -> partners.add(new PartnershipPartner(this, e.organisation(), e.role(), e.resources())));
        }
    }

    /** Objectives, expected value for local decisions, period and notes. */
    public void describe(String newObjectives, String newExpectedValue, LocalDate start, LocalDate end,
                         String newNotes) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("the end date is before the start date");
        }
        this.objectives = Texts.blankToNull(newObjectives);
        this.expectedValue = Texts.blankToNull(newExpectedValue);
        this.startDate = start;
        this.endDate = end;
        this.notes = Texts.blankToNull(newNotes);
    }

    /** A partner as a use case hands it in. */
    public record PartnerEntry(Organisation organisation, PartnerRole role, Set<Resource> resources) {
    }

    /** The lead and the partners: the organisations that may be parties to the partnership's agreements. */
    public List<Organisation> members() {
        List<Organisation> members = new ArrayList<>();
        members.add(lead);
        partners.forEach(p -> members.add(p.getOrganisation()));
        return members;
    }

    public Country getCountry() {
        return lead.getCountry();
    }

    public List<PartnershipPartner> getPartners() {
        return List.copyOf(partners);
    }

    public Set<PolicyDomain> getDomains() {
        return Set.copyOf(domains);
    }

    /** Domains in their display order (for views: sets don't keep it). */
    public List<PolicyDomain> getDomainList() {
        return domains.stream().sorted(Comparator.comparingInt(PolicyDomain::getSortOrder)).toList();
    }

    public Set<Resource> getLeadResources() {
        return Set.copyOf(leadResources);
    }

    @Override
    public String workflowName() {
        return WORKFLOW;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("lead", lead.getLabel());
        s.put("type", type.name());
        s.put("status", getStatus());
        s.put("domains", Auditable.sortedNames(domains, PolicyDomain::getCode, ", "));
        s.put("leadResources", leadResources.isEmpty() ? null : EnumSet.copyOf(leadResources).toString());
        s.put("partners", partners.isEmpty() ? null
                : partners.stream().map(PartnershipPartner::describe).collect(Collectors.joining("; ")));
        s.put("objectives", objectives);
        s.put("expectedValue", expectedValue);
        s.put("startDate", startDate == null ? null : startDate.toString());
        s.put("endDate", endDate == null ? null : endDate.toString());
        s.put("notes", notes);
        return s;
    }
}
