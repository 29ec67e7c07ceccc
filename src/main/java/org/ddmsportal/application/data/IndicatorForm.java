package org.ddmsportal.application.data;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.EditForm;
import org.ddmsportal.application.shared.LocalizedNameForm;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.shared.Lengths;

/** What a user enters to define an indicator. */
@Getter @Setter
public class IndicatorForm extends LocalizedNameForm implements EditForm {

    private static final long serialVersionUID = 1L;

    private Long version;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$", message = "{ddms.indicatorCode.pattern}")
    private String code;

    @Size(max = Lengths.DESCRIPTION)
    private String definition;

    @NotBlank
    @Size(max = 60)
    private String unit;

    @Size(max = 12)
    private String sdgCode;

    @Size(max = Lengths.DESCRIPTION)
    private String methodology;

    private Long pilotId;

    @Size(max = 500)
    private String disaggregations;

    @Size(max = 100)
    private List<@NotNull Long> datasetIds = new ArrayList<>();

    public static IndicatorForm of(Indicator i) {
        IndicatorForm f = new IndicatorForm();
        f.version = i.getVersion();
        f.code = i.getCode();
        f.nameFrom(i.getName());
        f.definition = i.getDefinition();
        f.unit = i.getUnit();
        f.sdgCode = i.getSdg() == null ? null : i.getSdg().getCode();
        f.methodology = i.getMethodology();
        f.pilotId = i.getPilot() == null ? null : i.getPilot().getId();
        f.disaggregations = i.getDisaggregations();
        f.datasetIds = new ArrayList<>(i.getDatasets().stream().map(Dataset::getId).toList());
        return f;
    }
}
