package org.ddmsportal.domain.casestudy;

/** A partner's answer to a request to clear a case study for publication. */
public enum ClearanceStatus {
    PENDING, CLEARED, REFUSED
}
