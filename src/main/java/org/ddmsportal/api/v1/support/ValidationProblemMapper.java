package org.ddmsportal.api.v1.support;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problems: the JAX-RS implementation registers its own mapper for
 * {@link ValidationException}, which is nearer to them than {@link ProblemMapper}'s
 * {@code Throwable}; this one is nearer still.
 */
@Provider
public class ValidationProblemMapper extends NearerProblemMapper<ValidationException> {
}
