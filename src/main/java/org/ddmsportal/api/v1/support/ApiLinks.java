package org.ddmsportal.api.v1.support;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Links between resources, absolute and built from the request's base URI (so they follow the
 * host and context path the caller used). {@code links(uri).self("organisations", 7)
 * .add("parent", "organisations", 3).add("contacts", "contacts?organisationId=7")}.
 */
public final class ApiLinks {

    private final URI base;
    private final Map<String, URI> links = new LinkedHashMap<>();

    private ApiLinks(URI base) {
        this.base = base;
    }

    /** Links relative to {@code <base>/v1/}. */
    public static ApiLinks of(UriInfo uriInfo) {
        return new ApiLinks(uriInfo.getBaseUri().resolve("v1/"));
    }

    /** Links relative to the given base (for tests). */
    static ApiLinks of(URI v1Base) {
        return new ApiLinks(v1Base);
    }

    /** The link to a collection's member, e.g. {@code organisations/7}. */
    public ApiLinks add(String rel, String collection, Object id) {
        if (id != null) {
            links.put(rel, base.resolve(collection + "/" + id));
        }
        return this;
    }

    /** A link to a relative address under {@code /api/v1/}, e.g. {@code contacts?organisationId=7}. */
    public ApiLinks add(String rel, String relative) {
        links.put(rel, base.resolve(relative));
        return this;
    }

    public ApiLinks self(String collection, Object id) {
        return add("self", collection, id);
    }

    /** The address of a collection's member. */
    public URI uri(String collection, Object id) {
        return base.resolve(collection + "/" + id);
    }

    public Map<String, URI> build() {
        return Map.copyOf(links);
    }
}
