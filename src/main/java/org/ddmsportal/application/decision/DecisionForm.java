package org.ddmsportal.application.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.TitledForm;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.StorableDate;

/** What a user enters to record a decision. */
@Getter @Setter
public class DecisionForm extends TitledForm {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long cityId;

    @NotNull
    @StorableDate
    private LocalDate decidedOn;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String body;

    @Size(max = Lengths.DESCRIPTION)
    private String summary;

    @Size(max = Lengths.URL)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{ddms.url.pattern}")
    private String link;

    @Size(max = 100)
    private List<@NotNull Long> indicatorIds = new ArrayList<>();

    @Size(max = 50)
    private List<@NotNull Long> pilotIds = new ArrayList<>();

    public static DecisionForm of(Decision d) {
        DecisionForm f = new DecisionForm();
        f.setVersion(d.getVersion());
        f.setTitle(d.getTitle());
        f.cityId = d.getCity().getId();
        f.decidedOn = d.getDecidedOn();
        f.body = d.getBody();
        f.summary = d.getSummary();
        f.link = d.getLink();
        f.indicatorIds = new ArrayList<>(d.getIndicators().stream().map(Indicator::getId).toList());
        f.pilotIds = new ArrayList<>(d.getPilots().stream().map(Pilot::getId).toList());
        return f;
    }
}
