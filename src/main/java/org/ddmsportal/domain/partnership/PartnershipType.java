package org.ddmsportal.domain.partnership;

/** What a partnership is for. */
public enum PartnershipType {
    STRATEGIC, DATA_SHARING, JOINT_ANALYTICS, CAPACITY_BUILDING, OTHER
}
