package org.ddmsportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.AuditCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/admin/audit: the whole audit trail, newest first (administrators). */
@Named
@ViewScoped
public class AuditListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<AuditEntry> model;
    @Getter private ListAddress address;

    @PostConstruct
    void init() {
        address = ListAddress.of(AuditCriteria.class);
        model = new ServiceLazyModel<>(request -> audit.search(currentActor.get(), request), AuditEntry::getId, address);
    }
}
