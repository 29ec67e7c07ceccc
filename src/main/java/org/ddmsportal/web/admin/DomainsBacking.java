package org.ddmsportal.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
import org.ddmsportal.application.reference.ReferenceService;
import org.ddmsportal.application.reference.TermForm;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.web.shared.Texts;

/** /app/admin/domains: the policy domains; administrators add new ones. */
@Named
@ViewScoped
public class DomainsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceService reference;

    @Inject
    CurrentActor currentActor;

    @Getter private TermForm form = new TermForm();

    public String add() {
        return Texts.attempt(() -> reference.addPolicyDomain(currentActor.get(), form),
                "domain.added", "/app/admin/domains?faces-redirect=true");
    }
}
