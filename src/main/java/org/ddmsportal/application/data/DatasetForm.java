package org.ddmsportal.application.data;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.DataFormat;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Granularity;
import org.ddmsportal.domain.data.Periodicity;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.shared.Lengths;

/** What a user enters to describe a dataset. */
public class DatasetForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String title;

    @Size(max = Lengths.DESCRIPTION)
    private String description;

    @NotNull
    private Long providerId;

    @NotNull
    private SourceKind sourceKind = SourceKind.ADMINISTRATIVE;

    private Long agreementId;

    @NotNull
    private Granularity granularity = Granularity.MUNICIPALITY;

    @Size(max = Lengths.NAME)
    private String territorialCoverage;

    private LocalDate timeFrom;

    private LocalDate timeTo;

    @NotNull
    private Periodicity periodicity = Periodicity.ANNUAL;

    @NotNull
    private Confidentiality confidentiality = Confidentiality.RESTRICTED;

    private boolean personalData;

    private DataFormat format;

    @Size(max = Lengths.URL)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{ddms.url.pattern}")
    private String accessUrl;

    private Long partnershipId;

    private Long pilotId;

    public static DatasetForm of(Dataset d) {
        DatasetForm f = new DatasetForm();
        f.version = d.getVersion();
        f.title = d.getTitle();
        f.description = d.getDescription();
        f.providerId = d.getProvider().getId();
        f.sourceKind = d.getSourceKind();
        f.agreementId = d.getAgreement() == null ? null : d.getAgreement().getId();
        f.granularity = d.getGranularity();
        f.territorialCoverage = d.getTerritorialCoverage();
        f.timeFrom = d.getTimeFrom();
        f.timeTo = d.getTimeTo();
        f.periodicity = d.getPeriodicity();
        f.confidentiality = d.getConfidentiality();
        f.personalData = d.isPersonalData();
        f.format = d.getFormat();
        f.accessUrl = d.getAccessUrl();
        f.partnershipId = d.getPartnership() == null ? null : d.getPartnership().getId();
        f.pilotId = d.getPilot() == null ? null : d.getPilot().getId();
        return f;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getProviderId() { return providerId; }
    public void setProviderId(Long providerId) { this.providerId = providerId; }
    public SourceKind getSourceKind() { return sourceKind; }
    public void setSourceKind(SourceKind sourceKind) { this.sourceKind = sourceKind; }
    public Long getAgreementId() { return agreementId; }
    public void setAgreementId(Long agreementId) { this.agreementId = agreementId; }
    public Granularity getGranularity() { return granularity; }
    public void setGranularity(Granularity granularity) { this.granularity = granularity; }
    public String getTerritorialCoverage() { return territorialCoverage; }
    public void setTerritorialCoverage(String territorialCoverage) { this.territorialCoverage = territorialCoverage; }
    public LocalDate getTimeFrom() { return timeFrom; }
    public void setTimeFrom(LocalDate timeFrom) { this.timeFrom = timeFrom; }
    public LocalDate getTimeTo() { return timeTo; }
    public void setTimeTo(LocalDate timeTo) { this.timeTo = timeTo; }
    public Periodicity getPeriodicity() { return periodicity; }
    public void setPeriodicity(Periodicity periodicity) { this.periodicity = periodicity; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality confidentiality) { this.confidentiality = confidentiality; }
    public boolean isPersonalData() { return personalData; }
    public void setPersonalData(boolean personalData) { this.personalData = personalData; }
    public DataFormat getFormat() { return format; }
    public void setFormat(DataFormat format) { this.format = format; }
    public String getAccessUrl() { return accessUrl; }
    public void setAccessUrl(String accessUrl) { this.accessUrl = accessUrl; }
    public Long getPartnershipId() { return partnershipId; }
    public void setPartnershipId(Long partnershipId) { this.partnershipId = partnershipId; }
    public Long getPilotId() { return pilotId; }
    public void setPilotId(Long pilotId) { this.pilotId = pilotId; }
}
