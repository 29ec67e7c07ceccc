package org.ddmsportal.domain.partnership;

/** The part a partner organisation plays in a partnership. */
public enum PartnerRole {
    DATA_PROVIDER, EXPERTISE, FUNDING, USER_OF_RESULTS, INFRASTRUCTURE, OTHER
}
