package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.FieldChange;

/** Renders audit entries and times for the views. */
@Named
@ApplicationScoped
public class AuditFormat {

    public List<FieldChange> changes(AuditEntry entry) {
        return AuditService.changesOf(entry);
    }

    public String time(Instant instant) {
        return Texts.format(instant);
    }
}
