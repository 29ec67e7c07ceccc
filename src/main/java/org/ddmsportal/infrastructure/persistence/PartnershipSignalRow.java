package org.ddmsportal.infrastructure.persistence;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code partnership_signal} (see {@link PartnershipSignalTable}), mapped only so that
 * the partnership list's JPQL can filter with {@code p.id IN (SELECT s.partnershipId FROM
 * PartnershipSignal s WHERE s.health = :h)} — a semi-join MariaDB answers from the indexed column.
 * Never persisted: {@link PartnershipSignalWriter} writes the table in SQL. Not a domain object.
 */
@Entity(name = "PartnershipSignal")
@Table(name = "partnership_signal")
@Cacheable(false)
public class PartnershipSignalRow {

    @Id
    @Column(name = "partnership_id")
    private long partnershipId;

    @Column(name = "stage")
    private int stage;

    @Column(name = "health")
    private String health;

    protected PartnershipSignalRow() {
    }
}
