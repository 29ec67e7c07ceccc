/**
 * My tasks: what waits for a user across the aggregates (drafts, signatures, reviews, clearances,
 * reminders), who is asked what ({@link org.ddmsportal.domain.task.TaskPolicy}) and the read port
 * that counts and lists them ({@link org.ddmsportal.domain.task.TaskRepository}).
 */
package org.ddmsportal.domain.task;
