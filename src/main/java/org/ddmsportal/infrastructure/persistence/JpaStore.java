package org.ddmsportal.infrastructure.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the JPA repositories share: the persistence context and the statements each of them
 * writes again and again (store a new entity, find one by id, read by one named parameter).
 * A query with fetch hints, several parameters or paging is written out where it is used.
 */
abstract class JpaStore {

    @PersistenceContext
    EntityManager em;

    /** The portal's clock ({@code Clocks}): rules of a list that count days take today from it. */
    @Inject
    Clock clock;

    /** Today, by the portal's clock. */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Stores a new entity now: its generated id is known and a broken constraint fails here. */
    void insert(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** Removes the entity, whether this persistence context manages it or not (a copy a page kept). */
    void delete(Object entity) {
        em.remove(em.contains(entity) ? entity : em.merge(entity));
    }

    /** The entity of that type and primary key, if any. */
    <T> Optional<T> byId(Class<T> type, Object id) {
        return Optional.ofNullable(em.find(type, id));
    }

    /** The first row of {@code jpql}, its one parameter {@code name} bound to {@code value}; empty when none. */
    <T> Optional<T> first(String jpql, Class<T> type, String name, Object value) {
        return list(jpql, type, name, value).stream().findFirst();
    }

    /** The rows of {@code jpql}, its one parameter {@code name} bound to {@code value}. */
    <T> List<T> list(String jpql, Class<T> type, String name, Object value) {
        return em.createQuery(jpql, type).setParameter(name, value).getResultList();
    }

    /** The number {@code jpql} (a {@code SELECT COUNT}) counts, its one parameter {@code name} bound to {@code value}. */
    long count(String jpql, String name, Object value) {
        return em.createQuery(jpql, Long.class).setParameter(name, value).getSingleResult();
    }
}
