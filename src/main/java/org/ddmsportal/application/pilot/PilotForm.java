package org.ddmsportal.application.pilot;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.TitledForm;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.SdgEntry;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.GoalType;
import org.ddmsportal.domain.pilot.Milestone;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.StorableDate;

/** What a user enters to define a pilot. */
@Getter @Setter
public class PilotForm extends TitledForm {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long cityId;

    @NotNull
    private Long leadId;

    @Size(max = Lengths.DESCRIPTION)
    private String policyQuestion;

    @Size(max = Lengths.DESCRIPTION)
    private String decision;

    @Size(max = Lengths.NAME)
    private String decisionBody;

    @StorableDate
    private LocalDate decisionDue;

    private List<@NotNull GoalType> goalTypes = new ArrayList<>();

    @Size(max = 20)
    private List<@NotNull String> domainCodes = new ArrayList<>();

    @Size(max = Lengths.DESCRIPTION)
    private String statisticalMethods;

    @Size(max = Lengths.NAME)
    private String mlTechnique;

    @Size(max = Lengths.DESCRIPTION)
    private String mlPurpose;

    @Size(max = 50)
    private List<@NotNull Long> partnershipIds = new ArrayList<>();

    @Size(max = 50)
    private List<@NotNull Long> partnerIds = new ArrayList<>();

    @Size(max = 100)
    private List<@NotNull Long> datasetIds = new ArrayList<>();

    @Size(max = 50)
    private List<@NotNull String> sdgTargetCodes = new ArrayList<>();

    @Valid
    @Size(max = 50)
    private List<@NotNull MilestoneRow> milestones = new ArrayList<>();

    public static PilotForm of(Pilot p) {
        PilotForm f = new PilotForm();
        f.setVersion(p.getVersion());
        f.setTitle(p.getTitle());
        f.cityId = p.getCity().getId();
        f.leadId = p.getLead().getId();
        f.policyQuestion = p.getPolicyQuestion();
        f.decision = p.getDecision();
        f.decisionBody = p.getDecisionBody();
        f.decisionDue = p.getDecisionDue();
        f.goalTypes = new ArrayList<>(p.getGoalTypeList());
        f.domainCodes = new ArrayList<>(p.getDomainList().stream().map(PolicyDomain::getCode).toList());
        f.statisticalMethods = p.getStatisticalMethods();
        f.mlTechnique = p.getMlTechnique();
        f.mlPurpose = p.getMlPurpose();
        f.partnershipIds = new ArrayList<>(p.getPartnerships().stream().map(Partnership::getId).toList());
        f.partnerIds = new ArrayList<>(p.getPartners().stream().map(Organisation::getId).toList());
        f.datasetIds = new ArrayList<>(p.getDatasets().stream().map(Dataset::getId).toList());
        f.sdgTargetCodes = new ArrayList<>(p.getSdgTargets().stream().map(SdgEntry::getCode).toList());
        for (Milestone m : p.getMilestones()) {
            MilestoneRow row = new MilestoneRow();
            row.setTitle(m.getTitle());
            row.setDue(m.getDue());
            row.setDoneOn(m.getDoneOn());
            f.milestones.add(row);
        }
        return f;
    }

    /** A milestone as entered. */
    public static class MilestoneRow implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank
        @Size(max = Lengths.NAME)
        private String title;

        @StorableDate
        private LocalDate due;

        @StorableDate
        private LocalDate doneOn;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate due) { this.due = due; }
        public LocalDate getDoneOn() { return doneOn; }
        public void setDoneOn(LocalDate doneOn) { this.doneOn = doneOn; }
    }
}
