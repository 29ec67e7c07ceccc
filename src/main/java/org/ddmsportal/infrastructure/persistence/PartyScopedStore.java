package org.ddmsportal.infrastructure.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.ddmsportal.domain.shared.Scope;

/**
 * The repository of an aggregate that a partner organisation's contact reads only where the
 * organisation takes part (issue 14: partnerships, pilots, datasets, indicators, decisions): the
 * PARTY reach's rule in JPQL ({@link PartyScopeJpql}), which its list starts from ({@link #where})
 * and {@link #readable} applies to ids, and the new aggregate stored ({@link #add}).
 *
 * @param <T> the aggregate
 */
abstract class PartyScopedStore<T> extends JpaStore {

    private final Class<T> type;
    private final String alias;
    private final String party;

    /**
     * @param type  the entity (its JPQL name is its class's simple name, JPA's default)
     * @param alias its alias in the rule and the list ({@code "p"})
     * @param party the rule on that alias ({@code PartyScopeJpql.pilot("p", "x")}), as the policy says it
     */
    PartyScopedStore(Class<T> type, String alias, String party) {
        this.type = type;
        this.alias = alias;
        this.party = party;
    }

    /** The conditions of a list, starting with the scope's: for the PARTY reach, the rule. */
    JpqlWhere where(Scope scope) {
        return new JpqlWhere().condition(scope.partyOrganisation(), party);
    }

    public void add(T aggregate) {
        insert(aggregate);
    }

    /** The aggregates with these ids, in no particular order. */
    public List<T> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("SELECT " + alias + " FROM " + entity() + " " + alias + " WHERE " + alias + ".id IN :ids",
                type, "ids", ids);
    }

    /** Those of {@code ids} the scope's lists would hold (see {@link PartyScopeJpql#readable}). */
    public Set<Long> readable(Scope scope, Collection<Long> ids) {
        return PartyScopeJpql.readable(em, entity(), alias, party, scope, ids);
    }

    private String entity() {
        return type.getSimpleName();
    }
}
