package org.ddmsportal.api.v1.support;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.ddmsportal.domain.shared.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every list: one page of items, the number of matches in all, where the page starts,
 * its length, and links to itself and its neighbours (also sent as a {@code Link} header).
 *
 * @param <T> the item (a resource's DTO)
 */
@Schema(name = "List", description = "One page of a list")
public record ListBody<T>(
        List<T> items,
        long total,
        int offset,
        int limit,
        Map<String, URI> links) {

    /** The 200 answer for a page: this body and the {@code Link} header. */
    public static <E, T> Response ok(Page<E> page, Paging paging, URI requestUri, Function<E, T> dto) {
        Map<String, URI> links = paging.links(requestUri, page.total());
        ListBody<T> body = new ListBody<>(page.rows().stream().map(dto).toList(), page.total(), paging.offset(),
                paging.limit(), links);
        return Response.ok(body).header("Link", Paging.linkHeader(links)).build();
    }

    /** The same for the request of {@code uriInfo}, each row with links from its base ({@code ContactDto::of}). */
    public static <E, T> Response ok(Page<E> page, Paging paging, UriInfo uriInfo, BiFunction<E, ApiLinks, T> dto) {
        return ok(page, paging, uriInfo.getRequestUri(), row -> dto.apply(row, ApiLinks.of(uriInfo)));
    }
}
