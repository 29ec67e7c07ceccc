package org.ddmsportal.domain.agreement;

/** The confidentiality level of the data an agreement covers. */
public enum Confidentiality {
    PUBLIC,
    RESTRICTED,
    CONFIDENTIAL
}
