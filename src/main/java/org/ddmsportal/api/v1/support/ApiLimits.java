package org.ddmsportal.api.v1.support;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The limits of {@code /api/v1}, before any resource runs: the per-client rate limit
 * ({@link RateLimiter}: 429 + {@code Retry-After}) and the request body's size
 * ({@code app.api.max-body-bytes}, default 1 MiB: 413, from {@code Content-Length} up front or
 * while a chunked body is read). On the way out: {@code Cache-Control} — {@code public, max-age=60}
 * for an anonymous successful read, {@code private, no-cache} for a signed-in one (the ETag
 * revalidates it) — and {@code Vary}; the older public reads of {@code /api} (catalogue, ODRL,
 * SDMX) get {@code public, max-age=300} when they say nothing themselves.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class ApiLimits implements ContainerRequestFilter, ContainerResponseFilter {

    static final String MAX_BODY = "app.api.max-body-bytes";

    @Inject
    RateLimiter limiter;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isV1(request)) {
            return;
        }
        Principal principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        String client = principal != null ? "user:" + principal.getName()
                : "ip:" + (servletRequest == null ? "?" : servletRequest.getRemoteAddr());
        long wait = limiter.acquire(client);
        if (wait > 0) {
            throw new ApiException(ProblemKind.TOO_MANY_REQUESTS, "api.rateLimit.detail", List.of(),
                    Map.of("Retry-After", Long.toString(wait)), wait);
        }
        if (request.hasEntity()) {
            long max = maxBody();
            if (request.getLength() > max) {
                throw new ApiException(ProblemKind.PAYLOAD_TOO_LARGE, "api.payloadTooLarge.detail", max);
            }
            request.setEntityStream(new Limited(request.getEntityStream(), max));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isV1(request)) {
            // the older public reads (catalogue, ODRL terms, SDMX data): cacheable when anonymous and silent on it
            boolean anonymous = request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null;
            if ("GET".equals(request.getMethod()) && response.getStatus() == 200 && anonymous
                    && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
            }
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, "Authorization, Accept, Accept-Language");
        if (response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || response.getStatus() >= 300) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        } else if (request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
        } else {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        }
    }

    private static boolean isV1(ContainerRequestContext request) {
        return isV1(request.getUriInfo().getPath());
    }

    /** Whether a path relative to the application ({@code UriInfo.getPath()}) is under {@code /v1}. */
    static boolean isV1(String path) {
        return path.startsWith("v1/") || path.startsWith("/v1/") || path.equals("v1") || path.equals("/v1");
    }

    static long maxBody() {
        String value = System.getProperty(MAX_BODY);
        try {
            if (value == null) {
                return ConfigProvider.getConfig().getOptionalValue(MAX_BODY, Long.class).orElse(1024L * 1024);
            }
            return Long.parseLong(value.strip());
        } catch (RuntimeException e) {
            return 1024L * 1024;
        }
    }

    /** A body that stops with 413 once it passes the limit. */
    static final class Limited extends FilterInputStream {

        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new ApiException(ProblemKind.PAYLOAD_TOO_LARGE, "api.payloadTooLarge.detail", max);
            }
        }
    }
}
