/**
 * The infrastructure layer: how the portal talks to the outside — MariaDB through JPA and
 * Flyway, Keycloak through OpenID Connect, health checks. Implements the repository interfaces
 * of the domain.
 *
 * <p>Rule: may depend on domain and application; never on web or api. The only place where an
 * {@code EntityManager} appears.
 */
package org.ddmsportal.infrastructure;
