package org.ddmsportal.domain.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * An entity whose id the database generates (an {@code id} column, auto-increment): the parts of
 * an aggregate and the append-only records. Editable aggregates extend {@link AbstractEntity},
 * which adds the version and the audit stamps.
 */
@MappedSuperclass
@Getter
public abstract class GeneratedIdEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
}
