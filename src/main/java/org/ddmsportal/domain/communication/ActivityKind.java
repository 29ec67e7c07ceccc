package org.ddmsportal.domain.communication;

/** Kinds of dissemination activity (HLG-MOS strategic communication framework). */
public enum ActivityKind {
    SEMINAR, WEBINAR, MANAGEMENT_MEETING, WORKSHOP, PUBLICATION, PRESS_RELEASE
}
