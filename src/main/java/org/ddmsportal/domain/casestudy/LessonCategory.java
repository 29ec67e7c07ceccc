package org.ddmsportal.domain.casestudy;

/** What kind of lesson: the proposal's planned-versus-achieved frame, and what helped or hindered. */
public enum LessonCategory {
    PLANNED_VS_ACHIEVED, STILL_TO_ACHIEVE, SUCCESS_FACTOR, OBSTACLE, RECOMMENDATION
}
