package org.ddmsportal.domain.communication;

/** What a guideline is about. */
public enum GuidelineCategory {
    METHODOLOGY, DATA_ACCESS, LEGAL, PARTNERSHIPS, COMMUNICATION, QUALITY, TOOLS
}
