/**
 * The application layer: one method per use case, each a transaction that validates its
 * parameters (Bean Validation), checks the acting user's role and scope, changes the domain
 * and appends the audit entry — all or nothing.
 *
 * <p>Rule: depends on the domain only (and on Jakarta APIs). Never on web, api or
 * infrastructure: repositories are domain interfaces implemented in infrastructure. Business
 * failures are subclasses of {@code DdmsException} that carry an i18n key.
 */
package org.ddmsportal.application;
