package org.ddmsportal.domain.data;

import org.ddmsportal.domain.reference.Country;

/**
 * The pilot that produces a dataset or an indicator, as the data package sees it: an identity,
 * a title and the country that governs the data. A pilot uses datasets (its gates look at their
 * agreements), so the pilot package depends on this one; the data package depends on this
 * interface only, which {@code domain.pilot.Pilot} implements, and the two never form a cycle.
 * The mapping names the entity in {@code META-INF/orm.xml}, the one place that knows both.
 */
public interface ProducingPilot {

    Long getId();

    String getTitle();

    Country getCountry();

    /**
     * Whether a reader restricted to this organisation code ({@code null}: not restricted) reads
     * the pilot: {@code PilotPolicy.readableBy}, the rule the data package's policies build on.
     */
    boolean readableBy(String partyOrganisation);
}
