/**
 * The web layer: Faces backing beans and the views under {@code src/main/webapp}. The bean
 * folders mirror the URLs ({@code web.organisations} serves {@code /app/organisations/*}).
 *
 * <p>Rule: beans call application services with the current actor, never the
 * {@code EntityManager} or a repository; they hold forms, not business rules. All text comes
 * from {@code i18n/messages}. May depend on application and domain; never on infrastructure.
 */
package org.ddmsportal.web;
