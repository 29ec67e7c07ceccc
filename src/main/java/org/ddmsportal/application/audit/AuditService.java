package org.ddmsportal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.Embeddable;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
import org.ddmsportal.domain.workflow.Workflowable;

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

    /** What {@link #valueClass} and {@link #workflowOf} found, by type and field: the classes do not change. */
    private final Map<String, Optional<Class<?>>> valueClasses = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> workflows = new ConcurrentHashMap<>();

    /**
     * What the values of a record type's audited field are: an enum, {@code Boolean} or a
     * reference record such as {@code Country} (for a collection, its elements' class), so the
     * history can name them in the reader's language. Empty where the snapshot's field is not one
     * of the record's own (a label or a derived value), or the type is not a record of the portal.
     */
    public Optional<Class<?>> valueClass(String entityType, String field) {
        return valueClasses.computeIfAbsent(entityType + "." + field,
                key -> repository.recordClass(entityType).flatMap(type -> valueClassOf(type, field)));
    }

    /**
     * The workflow whose states a record type's {@code status} holds ({@code partnership}), so
     * the history can name them: the {@code WORKFLOW} every workflow's record declares.
     */
    public Optional<String> workflowOf(String entityType) {
        return workflows.computeIfAbsent(entityType, type -> repository.recordClass(type)
                .filter(Workflowable.class::isAssignableFrom).flatMap(AuditService::workflowOf));
    }

    static Optional<String> workflowOf(Class<?> type) {
        try {
            return Optional.of((String) type.getField("WORKFLOW").get(null));
        } catch (ReflectiveOperationException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /**
     * See {@link #valueClass}: the declared field of that name in the class or its superclasses,
     * else in one of its embedded values (an agreement's terms).
     */
    static Optional<Class<?>> valueClassOf(Class<?> type, String field) {
        List<Class<?>> embedded = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(field)) {
                    return Optional.ofNullable(valueClassOf(f));
                }
                if (f.getType().isAnnotationPresent(Embeddable.class)) {
                    embedded.add(f.getType());
                }
            }
        }
        return embedded.stream().map(e -> valueClassOf(e, field)).flatMap(Optional::stream).findFirst();
    }

    private static Class<?> valueClassOf(Field field) {
        Class<?> type = field.getType();
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (Collection.class.isAssignableFrom(type)) {
            return field.getGenericType() instanceof ParameterizedType generic
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element ? element : null;
        }
        return type;
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
