package org.ddmsportal.domain.partnership;

import java.util.Collection;
import java.util.EnumSet;

/** What a side brings into a partnership. */
public enum Resource {
    STATISTICAL_DATA, GEOSPATIAL_DATA, SKILLS, EXPERTISE, INFRASTRUCTURE, BEST_PRACTICES, FUNDING;

    /** A mutable, ordered copy (EnumSet.copyOf refuses an empty collection that is not an EnumSet). */
    public static EnumSet<Resource> setOf(Collection<Resource> resources) {
        EnumSet<Resource> set = EnumSet.noneOf(Resource.class);
        set.addAll(resources);
        return set;
    }
}
