package org.ddmsportal.domain.agreement;

/** How the data reaches the NSI (or the partner). */
public enum AccessMethod {
    SECURE_TRANSFER,
    API,
    SECURE_LAB,
    OTHER
}
