package org.ddmsportal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.AuditRepository;
import org.ddmsportal.domain.audit.FieldChange;
import org.ddmsportal.domain.audit.HistoryPolicy;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * Reading the audit trail: a record's history for whoever has read the record, any record's and the
 * whole trail for administrators.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {

    @Inject
    AuditRepository repository;

    /**
     * The history of a record the caller has read through its own service, so the record's read
     * rule has been checked (a page's record, a lifecycle's subject): its entries and its parts'.
     */
    public <E extends AbstractEntity & Auditable> List<AuditEntry> history(Actor actor, E record) {
        List<AuditEntry> entries = repository.history(record.auditType(), record.getId());
        Set<String> withheld = HistoryPolicy.withheld(actor, record);
        if (withheld.isEmpty()) {
            return entries;
        }
        return entries.stream().map(e -> e.getEntityType().equals(record.auditType()) && e.getEntityId().equals(record.getId())
                ? withholding(e, withheld) : e).toList();
    }

    /** The entry with the values of these fields withheld (a copy, not stored), or the entry if it changed none. */
    static AuditEntry withholding(AuditEntry entry, Set<String> fields) {
        List<FieldChange> changes = changesOf(entry);
        if (changes.stream().noneMatch(c -> fields.contains(c.field()))) {
            return entry;
        }
        JsonArrayBuilder shown = Jsons.array();
        for (FieldChange c : changes) {
            JsonObjectBuilder o = Jsons.object().add("field", c.field());
            boolean withheld = fields.contains(c.field());
            if (withheld) {
                o.add("withheld", true);
            }
            // a withheld value only says whether there was one
            value(o, "before", withheld && c.before() != null ? FieldChange.WITHHELD : c.before());
            value(o, "after", withheld && c.after() != null ? FieldChange.WITHHELD : c.after());
            shown.add(o);
        }
        return entry.withChanges(shown.build().toString());
    }

    /**
     * The history of any record by type and id, unread: for the readers of the whole audit trail
     * (administrators) only; everyone else asks with the record they have read.
     */
    public List<AuditEntry> history(Actor actor, String entityType, long entityId) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException();
        }
        return repository.history(entityType, entityId);
    }

    public Page<AuditEntry> search(Actor actor, PageRequest request) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException();
        }
        return repository.search(request);
    }

    /** The field changes stored in an entry. */
    public static List<FieldChange> changesOf(AuditEntry entry) {
        List<FieldChange> result = new ArrayList<>();
        try (var reader = Jsons.reader(new StringReader(entry.getChanges()))) {
            JsonArray array = reader.readArray();
            for (JsonValue value : array) {
                JsonObject o = value.asJsonObject();
                result.add(new FieldChange(o.getString("field"), text(o, "before"), text(o, "after"),
                        o.getBoolean("withheld", false)));
            }
        } catch (JsonParsingException e) {
            // entries are written by AuditTrail only; a malformed one is shown without details
        }
        return result;
    }

    private static void value(JsonObjectBuilder o, String key, String value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value);
        }
    }

    private static String text(JsonObject o, String key) {
        return o.isNull(key) ? null : o.getString(key);
    }
}
