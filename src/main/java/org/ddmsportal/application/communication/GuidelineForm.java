package org.ddmsportal.application.communication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.TitledForm;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.ddmsportal.domain.shared.Lengths;

/** A guideline as its editor writes it; {@code note} says what changed in this revision. */
@Getter @Setter
public class GuidelineForm extends TitledForm {

    private static final long serialVersionUID = 1L;

    @NotNull
    private GuidelineCategory category;

    @NotNull
    @Pattern(regexp = "[a-z]{2}", message = "{ddms.language.pattern}")
    private String language = "en";

    @Size(max = Lengths.DESCRIPTION)
    private String summary;

    @NotBlank
    @Size(max = Guideline.MAX_BODY)
    private String body;

    private boolean published;

    @Size(max = 500)
    private String note;

    public static GuidelineForm of(Guideline g) {
        GuidelineForm f = new GuidelineForm();
        f.setVersion(g.getVersion());
        f.setTitle(g.getTitle());
        f.category = g.getCategory();
        f.language = g.getLanguage();
        f.summary = g.getSummary();
        f.body = g.getBody();
        f.published = g.isPublished();
        return f;
    }
}
