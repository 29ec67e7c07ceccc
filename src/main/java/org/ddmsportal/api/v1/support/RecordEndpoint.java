package org.ddmsportal.api.v1.support;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Editing;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;

/**
 * What every record resource of {@code /api/v1} does the same way, so that a resource keeps its
 * paths, its OpenAPI annotations and what is particular to it:
 * <ul>
 *   <li>read: the record's DTO with its version as {@code ETag}, 304 for a matching
 *   {@code If-None-Match};</li>
 *   <li>create: the use case, then 201 with {@code Location}, {@code ETag} and the record;</li>
 *   <li>change and delete from the version named in {@code If-Match}: the record as the caller may
 *   see it, the policy's answer first (403 before 428/412), then {@link Preconditions#require}, then the
 *   use case with that version (which checks it again); a change answers the record as now with its
 *   new ETag;</li>
 * </ul>
 * A resource makes one per request: {@code new RecordEndpoint<>(caller, uriInfo, "contacts",
 * contacts::get, ContactDto::of)}; an aggregate with a workflow adds a {@link LifecycleEndpoint}.
 *
 * @param <E> the aggregate
 */
public final class RecordEndpoint<E extends AbstractEntity> {

    /** How the resource reads one record for the caller (404 / 403 as its use case decides). */
    @FunctionalInterface
    public interface Reader<E> {
        E get(Actor actor, long id);
    }

    /** A use case that writes from the version the caller read. */
    @FunctionalInterface
    public interface Write {
        void apply(Actor actor, long id, long version);
    }

    private final Caller caller;
    private final UriInfo uriInfo;
    private final String collection;
    private final Reader<E> reader;
    private final BiFunction<E, ApiLinks, ?> dto;

    /**
     * @param collection the collection's path under {@code /api/v1} ({@code "contacts"})
     * @param reader     reads a record for the caller
     * @param dto        the record's representation
     */
    public RecordEndpoint(Caller caller, UriInfo uriInfo, String collection, Reader<E> reader,
            BiFunction<E, ApiLinks, ?> dto) {
        this.caller = caller;
        this.uriInfo = uriInfo;
        this.collection = collection;
        this.reader = reader;
        this.dto = dto;
    }

    /** {@code GET …/{id}}: the record with its ETag, or 304. */
    public Response read(long id, Request request) {
        E record = reader.get(caller.actor(), id);
        EntityTag etag = Preconditions.etag(record.getVersion());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(dto.apply(record, ApiLinks.of(uriInfo))).tag(etag).build();
    }

    /**
     * {@code POST} on the collection: records a new one from the body (400 without).
     *
     * @param toForm the use case's form of the body and the version written from ({@code null} here)
     */
    public <I, F> Response create(Editing<E, F> service, I input, BiFunction<I, Long, F> toForm) {
        Actor actor = caller.actor();
        return created(actor, service.create(actor, toForm.apply(ApiResponses.required(input), null)));
    }

    /** The record just created: 201 with its {@code Location}, ETag and DTO. */
    public Response created(Actor actor, long id) {
        E created = reader.get(actor, id);
        return Response.created(ApiLinks.of(uriInfo).uri(collection, id)).tag(Preconditions.etag(created.getVersion()))
                .entity(dto.apply(created, ApiLinks.of(uriInfo))).build();
    }

    /** {@code PUT …/{id}}: replaces the record's fields, if the service says the caller may edit it. */
    public <I, F> Response update(Editing<E, F> service, long id, String ifMatch, I input, BiFunction<I, Long, F> toForm) {
        return change(id, ifMatch, service::mayEdit,
                (actor, recordId, version) -> service.update(actor, recordId, toForm.apply(ApiResponses.required(input), version)));
    }

    /** A change the caller may make by {@code mayChange} (else 403, before 428/412). */
    public Response change(long id, String ifMatch, BiPredicate<Actor, E> mayChange, Write write) {
        Actor actor = caller.actor();
        E current = reader.get(actor, id);
        if (!mayChange.test(actor, current)) {
            throw new AccessDeniedException();
        }
        write.apply(actor, id, Preconditions.require(ifMatch, current.getVersion()));
        return current(actor, id);
    }

    /** A change whose use case alone decides who may make it. */
    public Response change(long id, String ifMatch, Write write) {
        return change(id, ifMatch, (actor, record) -> true, write);
    }

    /** {@code DELETE …/{id}}: 204; the use case decides who may. */
    public Response delete(long id, String ifMatch, Write delete) {
        Actor actor = caller.actor();
        E current = reader.get(actor, id);
        delete.apply(actor, id, Preconditions.require(ifMatch, current.getVersion()));
        return Response.noContent().build();
    }

    /** The record as now: 200 with its DTO and ETag. */
    public Response current(Actor actor, long id) {
        E record = reader.get(actor, id);
        return Response.ok(dto.apply(record, ApiLinks.of(uriInfo))).tag(Preconditions.etag(record.getVersion())).build();
    }

    /** The record as the caller may see it. */
    E get(Actor actor, long id) {
        return reader.get(actor, id);
    }

    ApiLinks links() {
        return ApiLinks.of(uriInfo);
    }

    String collection() {
        return collection;
    }

    Caller caller() {
        return caller;
    }
}
