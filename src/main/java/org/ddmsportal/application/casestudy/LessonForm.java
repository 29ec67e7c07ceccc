package org.ddmsportal.application.casestudy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.casestudy.MlTechnique;
import org.ddmsportal.domain.data.SourceKind;

/** A lesson learned and its facets. */
@Getter @Setter
public class LessonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    private Long version;

    @NotNull
    private LessonCategory category;

    @NotBlank
    @Size(max = Lesson.MAX_TEXT)
    private String text;

    private Long phaseId;

    private SourceKind sourceKind;

    private Long partnerSectorId;

    private Long domainId;

    private MlTechnique mlTechnique;

    public static LessonForm of(Lesson l) {
        LessonForm f = new LessonForm();
        f.id = l.getId();
        f.version = l.getVersion();
        f.category = l.getCategory();
        f.text = l.getText();
        f.phaseId = l.getPhase() == null ? null : l.getPhase().getId();
        f.sourceKind = l.getSourceKind();
        f.partnerSectorId = l.getPartnerSector() == null ? null : l.getPartnerSector().getId();
        f.domainId = l.getDomain() == null ? null : l.getDomain().getId();
        f.mlTechnique = l.getMlTechnique();
        return f;
    }
}
