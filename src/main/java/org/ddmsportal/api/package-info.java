/**
 * REST endpoints (Jakarta REST under {@code /api}). Like the views, they call application
 * services only, never repositories or the infrastructure. The public ones need no sign-in:
 * agreement verification and the machine-readable terms of signed data-sharing agreements.
 */
package org.ddmsportal.api;
