package org.ddmsportal.web.guidelines;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.ddmsportal.application.communication.CommunicationService;
import org.ddmsportal.application.communication.GuidelineForm;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineCategory;
import org.ddmsportal.web.shared.EditPage;

/** /app/guidelines/edit[?id=…]: write a guideline; every change of its text is a new revision. */
@Named
@ViewScoped
public class GuidelineEditBacking extends EditPage<Guideline, GuidelineForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService service;

    public GuidelineEditBacking() {
        super("guidelines", "guideline", GuidelineForm::new, GuidelineForm::of, Guideline::getTitle);
    }

    @Override
    protected Optional<Guideline> find(long id) {
        return service.guideline(currentActor.get(), id);
    }

    @Override
    protected boolean mayEdit(Guideline record) {
        return service.mayEditGuidelines(currentActor.get());
    }

    @Override
    protected boolean mayCreate() {
        return service.mayEditGuidelines(currentActor.get());
    }

    @Override
    protected long create(GuidelineForm form) {
        return service.createGuideline(currentActor.get(), form);
    }

    @Override
    protected void update(long id, GuidelineForm form) {
        service.updateGuideline(currentActor.get(), id, form);
    }

    public GuidelineCategory[] getCategories() {
        return GuidelineCategory.values();
    }
}
