package org.ddmsportal.application.partnership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.TitledForm;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipPartner;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.partnership.Resource;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.StorableDate;

/** What a user enters to record or change a partnership; see OrganisationForm on versions. */
@Getter
public class PartnershipForm extends TitledForm {

    private static final long serialVersionUID = 1L;

    @NotNull
    @Setter private Long leadId;

    @NotNull
    @Setter private PartnershipType type;

    @Size(max = 20)
    private List<@NotNull String> domainCodes = new ArrayList<>();

    private List<@NotNull Resource> leadResources = new ArrayList<>();

    @Valid
    @Size(max = 50)
    private List<@NotNull PartnerRow> partners = new ArrayList<>();

    @Size(max = Lengths.DESCRIPTION)
    @Setter private String objectives;

    @Size(max = Lengths.DESCRIPTION)
    @Setter private String expectedValue;

    @StorableDate
    @Setter private LocalDate startDate;

    @StorableDate
    @Setter private LocalDate endDate;

    @Size(max = Lengths.DESCRIPTION)
    @Setter private String notes;

    public static PartnershipForm of(Partnership p) {
        PartnershipForm f = new PartnershipForm();
        f.setVersion(p.getVersion());
        f.setTitle(p.getTitle());
        f.leadId = p.getLead().getId();
        f.type = p.getType();
        f.domainCodes = new ArrayList<>(p.getDomainList().stream().map(PolicyDomain::getCode).toList());
        f.leadResources = new ArrayList<>(p.getLeadResources());
        for (PartnershipPartner partner : p.getPartners()) {
            PartnerRow row = new PartnerRow();
            row.setOrganisationId(partner.getOrganisation().getId());
            row.setRole(partner.getRole());
            row.setResources(new ArrayList<>(partner.getResources()));
            f.partners.add(row);
        }
        f.objectives = p.getObjectives();
        f.expectedValue = p.getExpectedValue();
        f.startDate = p.getStartDate();
        f.endDate = p.getEndDate();
        f.notes = p.getNotes();
        return f;
    }

    /** One partner line of the form. */
    public static class PartnerRow implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotNull
        private Long organisationId;

        @NotNull
        private PartnerRole role;

        private List<@NotNull Resource> resources = new ArrayList<>();

        public Long getOrganisationId() {
            return organisationId;
        }

        public void setOrganisationId(Long organisationId) {
            this.organisationId = organisationId;
        }

        public PartnerRole getRole() {
            return role;
        }

        public void setRole(PartnerRole role) {
            this.role = role;
        }

        public List<Resource> getResources() {
            return resources;
        }

        public void setResources(List<Resource> resources) {
            this.resources = resources == null ? new ArrayList<>() : new ArrayList<>(resources);
        }
    }

    public void setDomainCodes(List<String> domainCodes) {
        this.domainCodes = domainCodes == null ? new ArrayList<>() : new ArrayList<>(domainCodes);
    }

    public void setLeadResources(List<Resource> leadResources) {
        this.leadResources = leadResources == null ? new ArrayList<>() : new ArrayList<>(leadResources);
    }

    public void setPartners(List<PartnerRow> partners) {
        this.partners = partners == null ? new ArrayList<>() : new ArrayList<>(partners);
    }
}
