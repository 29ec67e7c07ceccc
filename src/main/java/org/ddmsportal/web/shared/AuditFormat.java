package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
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

    /**
     * A changed field's name in the user's language ("indicator.name" → "Name"); the field's own
     * name where the portal has no label for it (an entry written by an older version, or by a
     * bulk load), rather than a missing-key marker.
     */
    public String field(AuditEntry entry, String field) {
        String key = entry.getEntityType().toLowerCase(Locale.ROOT) + "." + field;
        try {
            return ResourceBundle.getBundle(Texts.BUNDLE, Texts.locale()).getString(key);
        } catch (MissingResourceException e) {
            return field;
        }
    }

    public String time(Instant instant) {
        return Texts.format(instant);
    }
}
