package org.ddmsportal.web.guidelines;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.ddmsportal.application.communication.GuidelineForm;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.ddmsportal.web.shared.EditPage;

/** /app/guidelines/edit[?id=…]: write a guideline; every change of its text is a new revision ({@code GuidelineService}). */
@Named
@ViewScoped
public class GuidelineEditBacking extends EditPage<Guideline, GuidelineForm> {

    private static final long serialVersionUID = 1L;

    public GuidelineEditBacking() {
        super("guidelines", "guideline", GuidelineForm::new, GuidelineForm::of, Guideline::getTitle);
    }

    public GuidelineCategory[] getCategories() {
        return GuidelineCategory.values();
    }
}
