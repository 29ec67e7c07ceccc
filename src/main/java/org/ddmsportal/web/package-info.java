/**
 * The web layer: Faces backing beans and the views under {@code src/main/webapp}. The bean
 * folders mirror the URLs ({@code web.organisations} serves {@code /app/organisations/*},
 * {@code web.search} {@code /app/search}, {@code web.verify} {@code /verify}; this package itself
 * {@code /app/index}, the workspace); {@code web.shared} holds what every page uses
 * ({@code ViewFoldersTest}). Pages answer with and without {@code .xhtml} and link without it
 * (OmniFaces FacesViews, {@code web.xml}).
 *
 * <p>Rule: beans call application services with the current actor, never the
 * {@code EntityManager} or a repository; they hold forms, not business rules. All text comes
 * from {@code i18n/messages}. May depend on application and domain; never on infrastructure.
 */
package org.ddmsportal.web;
