package org.ddmsportal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.audit.AuditedFields;
import org.ddmsportal.domain.audit.AuditCriteria;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.web.shared.AuditFormat;
import org.ddmsportal.web.shared.ListPage;
import org.ddmsportal.web.shared.Texts;

/** /app/admin/audit: the whole audit trail, newest first (administrators). */
@Named
@ViewScoped
public class AuditListBacking extends ListPage<AuditEntry> {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    AuditedFields fields;

    @Inject
    AuditFormat format;

    @PostConstruct
    void init() {
        list(AuditCriteria.class, AuditEntry::getId, audit::search);
    }

    /** The record types of the type filter, sorted once per view (a language change opens a new one). */
    private List<String> recordTypes;

    /** The record types of the type filter, in the order of their names in the user's language. */
    public List<String> getRecordTypes() {
        if (recordTypes == null) {
            Collator collator = Collator.getInstance(Texts.locale());
            recordTypes = fields.recordTypes().stream().sorted(Comparator.comparing(format::type, collator)).toList();
        }
        return recordTypes;
    }
}
