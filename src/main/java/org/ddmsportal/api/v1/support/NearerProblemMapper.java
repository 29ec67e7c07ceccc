package org.ddmsportal.api.v1.support;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * A mapper for a failure that JAX-RS or Jersey already maps with one of its own, nearer to it than
 * {@link ProblemMapper}'s {@code Throwable}: as near, and ours, it answers the same problem as
 * {@link ProblemMapper} would.
 *
 * @param <T> the failure
 */
abstract class NearerProblemMapper<T extends Throwable> implements ExceptionMapper<T> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(T failure) {
        ProblemMapper mapper = new ProblemMapper();
        mapper.headers = headers;
        mapper.uriInfo = uriInfo;
        return mapper.toResponse(failure);
    }
}
