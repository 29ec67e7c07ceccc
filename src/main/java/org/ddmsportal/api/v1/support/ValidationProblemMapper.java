package org.ddmsportal.api.v1.support;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problems: the JAX-RS implementation registers its own mapper for
 * {@link ValidationException}, which is nearer to them than {@link ProblemMapper}'s
 * {@code Throwable}; this one is nearer still.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ValidationException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ValidationException failure) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.headers = headers;
        mapper.uriInfo = uriInfo;
        return mapper.toResponse(failure);
    }
}
