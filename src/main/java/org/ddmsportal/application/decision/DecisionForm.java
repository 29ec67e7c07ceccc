package org.ddmsportal.application.decision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.Lengths;

/** What a user enters to record a decision. */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String title;

    @NotNull
    private Long cityId;

    @NotNull
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
    private List<Long> indicatorIds = new ArrayList<>();

    @Size(max = 50)
    private List<Long> pilotIds = new ArrayList<>();

    public static DecisionForm of(Decision d) {
        DecisionForm f = new DecisionForm();
        f.version = d.getVersion();
        f.title = d.getTitle();
        f.cityId = d.getCity().getId();
        f.decidedOn = d.getDecidedOn();
        f.body = d.getBody();
        f.summary = d.getSummary();
        f.link = d.getLink();
        f.indicatorIds = new ArrayList<>(d.getIndicators().stream().map(Indicator::getId).toList());
        f.pilotIds = new ArrayList<>(d.getPilots().stream().map(Pilot::getId).toList());
        return f;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getCityId() { return cityId; }
    public void setCityId(Long cityId) { this.cityId = cityId; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getLink() { return link; }
    public void setLink(String link) { this.link = link; }
    public List<Long> getIndicatorIds() { return indicatorIds; }
    public void setIndicatorIds(List<Long> indicatorIds) { this.indicatorIds = indicatorIds; }
    public List<Long> getPilotIds() { return pilotIds; }
    public void setPilotIds(List<Long> pilotIds) { this.pilotIds = pilotIds; }
}
