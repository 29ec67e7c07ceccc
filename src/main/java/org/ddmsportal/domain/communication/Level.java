package org.ddmsportal.domain.communication;

/** A stakeholder's interest or influence. */
public enum Level {
    LOW, MEDIUM, HIGH
}
