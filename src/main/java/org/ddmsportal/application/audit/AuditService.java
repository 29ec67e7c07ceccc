package org.ddmsportal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.AuditRepository;
import org.ddmsportal.domain.audit.FieldChange;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/** Reading the audit trail: a record's history for anyone signed in, the whole trail for admins. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {

    @Inject
    AuditRepository repository;

    public List<AuditEntry> history(Actor actor, String entityType, long entityId) {
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
                result.add(new FieldChange(o.getString("field"), text(o, "before"), text(o, "after")));
            }
        } catch (JsonParsingException e) {
            // entries are written by AuditTrail only; a malformed one is shown without details
        }
        return result;
    }

    private static String text(JsonObject o, String key) {
        return o.isNull(key) ? null : o.getString(key);
    }
}
