package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.audit.AuditAction;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.AuditRepository;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaAuditRepository extends JpaStore implements AuditRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "at", "a.at", "actor", "a.actor", "entityType", "a.entityType", "action", "a.action");

    @Override
    public void append(AuditEntry entry) {
        insert(entry);
    }

    @Override
    public Optional<Class<?>> recordClass(String entityType) {
        return em.getMetamodel().getEntities().stream().filter(e -> e.getName().equals(entityType))
                .<Class<?>>map(EntityType::getJavaType).findFirst();
    }

    @Override
    public List<String> recordTypes() {
        return em.getMetamodel().getEntities().stream().filter(e -> Auditable.class.isAssignableFrom(e.getJavaType()))
                .map(EntityType::getName).sorted().toList();
    }

    /** How far back {@link #changeMark()} counts the committed entries. */
    static final int RECENT_WINDOW = 1_000;

    @Override
    public ChangeMark changeMark() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT m.newest, (SELECT COUNT(*) FROM audit_entry r"
                + " WHERE r.id > m.newest - " + RECENT_WINDOW + ") FROM (SELECT COALESCE(MAX(id), 0) AS newest"
                + " FROM audit_entry) m").getSingleResult();
        return new ChangeMark(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    @Override
    public List<AuditEntry> history(String entityType, long entityId) {
        // two index ranges (ix_audit_entity, ix_audit_owner), merged by MariaDB's index_merge union
        return em.createQuery("SELECT a FROM AuditEntry a WHERE (a.entityType = :type AND a.entityId = :id)"
                        + " OR (a.ownerType = :type AND a.ownerId = :id) ORDER BY a.at DESC, a.id DESC", AuditEntry.class)
                .setParameter("type", entityType).setParameter("id", entityId).getResultList();
    }

    @Override
    public Page<AuditEntry> search(PageRequest request) {
        AuditAction action = null;
        String actionFilter = request.filter("action");
        if (actionFilter != null) {
            try {
                action = AuditAction.valueOf(actionFilter);
            } catch (IllegalArgumentException e) {
                return new Page<>(List.of(), 0);
            }
        }
        JpqlWhere where = new JpqlWhere()
                .contains(request.search(), "a.actor", "a.actorName", "a.entityType", "a.entityLabel", "a.changes")
                .contains(request.filter("actor"), "a.actor", "a.actorName")
                .contains(request.filter("entityLabel"), "a.entityLabel")
                .equal(request.filter("entityType"), "a.entityType")
                .equal(action, "a.action");
        String order = request.sortField() == null
                ? " ORDER BY a.at DESC, a.id DESC"
                : JpqlWhere.orderBy(SORTABLE, request.sortField(), request.ascending(), "a.id DESC");
        return where.page(em, "SELECT COUNT(a) FROM AuditEntry a",
                "SELECT a FROM AuditEntry a",
                order,
                AuditEntry.class, request);
    }
}
