package org.ddmsportal.domain.pilot;

/** What a pilot helps the local government do (the proposal's goal types). */
public enum GoalType {
    NEW_POLICY,
    POLICY_MONITORING,
    POLICY_EVALUATION,
    INVESTMENT_PLAN,
    RESIDENT_INFORMATION
}
