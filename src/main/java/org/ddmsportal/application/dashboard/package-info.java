/** The dashboards' use cases: the NSI management dashboard and the coordinators' cross-country one, each checked by {@code DashboardPolicy}. */
package org.ddmsportal.application.dashboard;
