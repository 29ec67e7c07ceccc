/**
 * The dashboards' rules and port: who may see which dashboard of which country
 * ({@link org.ddmsportal.domain.dashboard.DashboardPolicy}, on {@code domain.shared.Scope}) and the
 * aggregate figures the store computes in the database ({@link org.ddmsportal.domain.dashboard.DashboardRepository}).
 * Figures are counts and a few rows, never the records themselves.
 */
package org.ddmsportal.domain.dashboard;
