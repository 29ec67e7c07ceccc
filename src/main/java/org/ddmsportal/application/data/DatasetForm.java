package org.ddmsportal.application.data;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.TitledForm;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.DataFormat;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Granularity;
import org.ddmsportal.domain.data.Periodicity;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.StorableDate;

/** What a user enters to describe a dataset. */
@Getter @Setter
public class DatasetForm extends TitledForm {

    private static final long serialVersionUID = 1L;

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

    @StorableDate
    private LocalDate timeFrom;

    @StorableDate
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
        f.setVersion(d.getVersion());
        f.setTitle(d.getTitle());
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
}
