package org.ddmsportal.domain.partnership;

/** What a side brings into a partnership. */
public enum Resource {
    STATISTICAL_DATA, GEOSPATIAL_DATA, SKILLS, EXPERTISE, INFRASTRUCTURE, BEST_PRACTICES, FUNDING
}
