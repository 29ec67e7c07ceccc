package org.ddmsportal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Embeddable;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ddmsportal.domain.audit.AuditRepository;
import org.ddmsportal.domain.reference.GsbpmPhase;
import org.ddmsportal.domain.workflow.Workflowable;

/**
 * What the fields of the audit trail's entries hold, so a history can name their values in the
 * reader's language (the web layer's {@code AuditFormat.value}): the class of a field's values,
 * and the workflow whose states a record's {@code status} holds. Learnt once per type and field
 * from the records' classes (they do not change while the portal runs); no transaction, no query.
 */
@ApplicationScoped
public class AuditedFields {

    @Inject
    AuditRepository repository;

    /**
     * Fields stored as a number that is another record's code: a pilot's {@code phase} is the
     * number of its GSBPM phase (1–8), named as the lessons' phases are.
     */
    static final Map<String, Class<?>> CODES = Map.of("Pilot.phase", GsbpmPhase.class);

    private final Map<String, Optional<Class<?>>> valueClasses = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> workflows = new ConcurrentHashMap<>();

    public AuditedFields() {
    }

    /** Over a given trail, outside the container (tests). */
    public static AuditedFields of(AuditRepository repository) {
        AuditedFields fields = new AuditedFields();
        fields.repository = repository;
        return fields;
    }

    /**
     * The class of the values of a record type's audited field: an enum, {@code Boolean} or a
     * reference record such as {@code Country} (for a collection, its elements' class). Empty
     * where the snapshot's field is not one of the record's own (a label or a derived value), or
     * the type is not a record of the portal.
     */
    public Optional<Class<?>> valueClass(String entityType, String field) {
        return valueClasses.computeIfAbsent(entityType + "." + field, key -> CODES.containsKey(key)
                ? Optional.of(CODES.get(key))
                : repository.recordClass(entityType).flatMap(type -> valueClassOf(type, field)));
    }

    /**
     * The types of record the trail holds entries for ({@code CaseStudy}, {@code Pilot}, …): the
     * persistence unit's records that are audited, for the audit trail's filter.
     */
    public List<String> recordTypes() {
        return repository.recordTypes();
    }

    /**
     * The workflow whose states a record type's {@code status} holds ({@code partnership}): the
     * {@code WORKFLOW} every workflow's record declares (AuditedFieldsTest checks each one's).
     */
    public Optional<String> workflowOf(String entityType) {
        return workflows.computeIfAbsent(entityType, type -> repository.recordClass(type)
                .filter(Workflowable.class::isAssignableFrom).flatMap(AuditedFields::workflowOf));
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
}
