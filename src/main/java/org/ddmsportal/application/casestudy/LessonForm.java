package org.ddmsportal.application.casestudy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.casestudy.MlTechnique;
import org.ddmsportal.domain.data.SourceKind;

/** A lesson learned and its facets. */
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

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public LessonCategory getCategory() { return category; }
    public void setCategory(LessonCategory category) { this.category = category; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getPhaseId() { return phaseId; }
    public void setPhaseId(Long phaseId) { this.phaseId = phaseId; }
    public SourceKind getSourceKind() { return sourceKind; }
    public void setSourceKind(SourceKind sourceKind) { this.sourceKind = sourceKind; }
    public Long getPartnerSectorId() { return partnerSectorId; }
    public void setPartnerSectorId(Long partnerSectorId) { this.partnerSectorId = partnerSectorId; }
    public Long getDomainId() { return domainId; }
    public void setDomainId(Long domainId) { this.domainId = domainId; }
    public MlTechnique getMlTechnique() { return mlTechnique; }
    public void setMlTechnique(MlTechnique mlTechnique) { this.mlTechnique = mlTechnique; }
}
