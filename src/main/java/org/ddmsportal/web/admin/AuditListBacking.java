package org.ddmsportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.domain.audit.AuditCriteria;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.web.shared.ListPage;

/** /app/admin/audit: the whole audit trail, newest first (administrators). */
@Named
@ViewScoped
public class AuditListBacking extends ListPage<AuditEntry> {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @PostConstruct
    void init() {
        list(AuditCriteria.class, AuditEntry::getId, audit::search);
    }
}
