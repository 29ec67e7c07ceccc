package org.ddmsportal.web.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.ddmsportal.application.decision.DecisionForm;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.web.shared.EditPage;

/** /app/decisions/edit[?id=…]: record or change a decision and what informed it. */
@Named
@ViewScoped
public class DecisionEditBacking extends EditPage<Decision, DecisionForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService service;

    @Inject
    CurrentActor currentActor;

    @Override
    protected Optional<Decision> find(long id) {
        return service.find(currentActor.get(), id);
    }

    @Override
    protected boolean mayEdit(Decision record) {
        return service.mayEdit(currentActor.get(), record);
    }

    @Override
    protected boolean mayCreate() {
        return service.mayCreate(currentActor.get());
    }

    @Override
    protected DecisionForm newForm() {
        return new DecisionForm();
    }

    @Override
    protected DecisionForm formOf(Decision record) {
        return DecisionForm.of(record);
    }

    @Override
    protected String titleOf(Decision record) {
        return record.getTitle();
    }

    @Override
    protected long create(DecisionForm form) {
        return service.create(currentActor.get(), form);
    }

    @Override
    protected void update(long id, DecisionForm form) {
        service.update(currentActor.get(), id, form);
    }

    @Override
    protected String folder() {
        return "decisions";
    }

    @Override
    protected String messagePrefix() {
        return "decision";
    }

}
