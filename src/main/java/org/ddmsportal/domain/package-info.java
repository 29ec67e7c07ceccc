/**
 * The domain layer: entities, value objects and the rules that hold whatever the caller.
 *
 * <p>Rule: depends on nothing else of the portal (no application, infrastructure, web or api
 * package) and on no framework but the Jakarta Persistence and Bean Validation annotations that
 * describe the model. {@code ArchitectureTest} holds this.
 */
package org.ddmsportal.domain;
