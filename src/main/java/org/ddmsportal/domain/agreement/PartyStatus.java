package org.ddmsportal.domain.agreement;

/** Where a party stands in the current signing round. */
public enum PartyStatus {
    PENDING,
    APPROVED,
    SIGNED,
    DECLINED
}
