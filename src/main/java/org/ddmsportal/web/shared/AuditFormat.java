package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.workflow.WorkflowComments;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.FieldChange;
import org.ddmsportal.domain.workflow.WorkflowEvent;

/** Renders audit entries, lifecycle comments and times for the views. */
@Named
@ApplicationScoped
public class AuditFormat {

    public List<FieldChange> changes(AuditEntry entry) {
        return AuditService.changesOf(entry);
    }

    /**
     * A changed field's name in the user's language ("indicator.name" → "Name"); the field's own
     * name where the portal has no label for it (an entry written by an older version, or by a
     * bulk load), rather than a missing-key marker.
     */
    public String field(AuditEntry entry, String field) {
        ResourceBundle labels = ResourceBundle.getBundle(Texts.BUNDLE, Texts.locale());
        String type = entry.getEntityType();
        // the views' prefix ("caseStudy.title"), then the all-lower-case one ("policydomain.code")
        for (String prefix : List.of(type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1),
                type.toLowerCase(Locale.ROOT))) {
            if (labels.containsKey(prefix + "." + field)) {
                return labels.getString(prefix + "." + field);
            }
        }
        return field;
    }

    /** A lifecycle event's comment: in the user's language when the portal wrote it, else as written. */
    public String comment(WorkflowEvent event) {
        return WorkflowComments.text(event, Texts.locale());
    }

    public String time(Instant instant) {
        return Texts.format(instant);
    }
}
