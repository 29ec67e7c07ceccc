package org.ddmsportal.api.v1.agreements;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.LifecycleDtos;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.Preconditions;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementLifecycle;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.agreement.AgreementSigning;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementKind;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/agreements}: data-sharing agreements and memoranda through the same use cases as
 * the agreement pages — {@link AgreementQueries} (read rule {@code AgreementPolicy.mayRead}: the
 * country's NSI, the parties, coordinators; a record the caller may not read is "not found"; the
 * list in {@code AgreementPolicy.listScope} with the table's filters), {@link AgreementDrafting}
 * (draft fields, parties and terms while the agreement is a draft), {@link AgreementLifecycle}
 * (workflows/agreement.json) and {@link AgreementSigning} (approve or sign only by the party
 * whose turn it is, for the exact document it was sent, as on the page). Every write takes
 * If-Match.
 */
@Path("/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Agreements", description = "Data-sharing agreements: draft, parties, terms, lifecycle and signing")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ApiResponses.UNAUTHORIZED)
@APIResponse(responseCode = "429", ref = ApiResponses.TOO_MANY_REQUESTS)
@APIResponse(responseCode = "500", ref = ApiResponses.SERVER_ERROR)
public class AgreementsResource {

    /** The fields the list sorts by: those of the agreements' table (JpaAgreementRepository). */
    static final Set<String> SORTABLE = Set.of("reference", "title", "status", "kind", "effectiveDate", "expiryDate",
            "modifiedAt", "country");

    @Inject
    AgreementQueries queries;

    @Inject
    AgreementDrafting drafting;

    @Inject
    AgreementLifecycle lifecycle;

    @Inject
    AgreementSigning signing;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest servletRequest;

    @GET
    @Operation(operationId = "listAgreements", summary = "List agreements", description = "Those the caller may read; filters are those of the agreements' table.")
    @APIResponse(responseCode = "200", description = "One page",
            headers = @Header(name = "Link", description = "RFC 8288 links: first, prev, next, last"))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    public Response list(
            @Parameter(description = "Index of the first item (default 0)") @QueryParam("offset") String offset,
            @Parameter(description = "Items per page (default 25, at most 100)") @QueryParam("limit") String limit,
            @Parameter(description = "reference, title, status, kind, effectiveDate, expiryDate, modifiedAt or country; "
                    + "- for descending") @QueryParam("sort") String sort,
            @Parameter(description = "Reference, title or partnership title contains") @QueryParam("q") String text,
            @Parameter(description = "Reference contains") @QueryParam("reference") String reference,
            @Parameter(description = "Title contains") @QueryParam("title") String title,
            @Parameter(description = "Country (ISO 3166-1 alpha-2)") @QueryParam("country") String country,
            @Parameter(description = "Lifecycle state") @QueryParam("status") String status,
            @Parameter(description = "Kind") @QueryParam("kind") String kind,
            @Parameter(description = "The partnership's id") @QueryParam("partnershipId") String partnershipId) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        Sort order = Sort.parse(sort, SORTABLE);
        // the table's filters by the table's names: AgreementCriteria.fromTable reads them, in the reader's scope
        Map<String, String> filters = new HashMap<>();
        put(filters, "reference", reference);
        put(filters, "title", title);
        put(filters, "country", country);
        put(filters, "status", status);
        AgreementKind k = QueryValues.constant("kind", kind, AgreementKind.class);
        put(filters, "kind", k == null ? null : k.name());
        Long partnership = QueryValues.id("partnershipId", partnershipId);
        put(filters, "partnership", partnership == null ? null : partnership.toString());
        PageRequest request = new PageRequest(paging.offset(), paging.limit(), order == null ? null : order.field(),
                order == null || order.ascending(), filters, text);
        return ListBody.ok(queries.search(actor, request), paging, uriInfo.getRequestUri(),
                a -> AgreementDto.of(a, ApiLinks.of(uriInfo)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgreements", summary = "Read an agreement", description = "With its parties and terms.")
    @APIResponse(responseCode = "200", description = "The agreement; its version as ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response get(@PathParam("id") long id, @Context Request request) {
        Agreement agreement = queries.get(caller.actor(), id);
        EntityTag etag = Preconditions.etag(agreement.getVersion());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.build();
        }
        return ok(agreement);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAgreements", summary = "Draft an agreement", description = "For a partnership of a country the caller manages.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new draft",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = ApiResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    public Response create(AgreementInput input) {
        Actor actor = caller.actor();
        long id = drafting.create(actor, ApiResponses.required(input).toForm(0));
        Agreement created = queries.get(actor, id);
        return Response.created(ApiLinks.of(uriInfo).uri("agreements", id)).tag(Preconditions.etag(created.getVersion()))
                .entity(AgreementDto.of(created, ApiLinks.of(uriInfo))).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAgreements", summary = "Change a draft", description = "Replaces the draft's fields, parties and terms; only while "
            + "it is a draft; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "400", ref = ApiResponses.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiResponses.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            AgreementInput input) {
        AgreementInput body = ApiResponses.required(input);
        return change(id, ifMatch, body::toForm);
    }

    @GET
    @Path("/{id}/parties")
    @Operation(operationId = "partiesAgreements", summary = "The agreement's parties", description = "In signing order, with where each stands.")
    @APIResponse(responseCode = "200", description = "The parties")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<AgreementDto.Party> parties(@PathParam("id") long id) {
        return queries.get(caller.actor(), id).getParties().stream().map(AgreementDto.Party::of).toList();
    }

    @PUT
    @Path("/{id}/parties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePartiesAgreements", summary = "Replace a draft's parties", description = "The other fields stay; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the agreement with its new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response replaceParties(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            List<AgreementInput.PartyInput> parties) {
        List<AgreementInput.PartyInput> rows = ApiResponses.required(parties);
        return change(id, ifMatch, version -> {
            AgreementForm form = AgreementForm.of(queries.get(caller.actor(), id));
            form.setVersion(version);
            form.setParties(new AgreementInput(null, null, null, null, null, null, null, rows, null).toForm(version)
                    .getParties());
            return form;
        });
    }

    @GET
    @Path("/{id}/terms")
    @Operation(operationId = "termsAgreements", summary = "The agreement's data-sharing terms")
    @APIResponse(responseCode = "200", description = "The terms",
            content = @Content(schema = @Schema(implementation = TermsDto.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public TermsDto terms(@PathParam("id") long id) {
        return TermsDto.of(queries.get(caller.actor(), id).getTerms());
    }

    @PUT
    @Path("/{id}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTermsAgreements", summary = "Replace a draft's terms", description = "The other fields stay; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the agreement with its new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response replaceTerms(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            TermsDto terms) {
        TermsDto body = ApiResponses.required(terms);
        return change(id, ifMatch, version -> {
            AgreementForm form = AgreementForm.of(queries.get(caller.actor(), id));
            form.setVersion(version);
            body.fill(form);
            return form;
        });
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionsAgreements", summary = "The lifecycle moves the caller may make now")
    @APIResponse(responseCode = "200", description = "The moves (their guards are checked when fired)")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<LifecycleDtos.TransitionDto> transitions(@PathParam("id") long id) {
        Actor actor = caller.actor();
        return LifecycleDtos.transitions(lifecycle, actor, queries.get(actor, id), ApiLinks.of(uriInfo), "agreements");
    }

    @POST
    @Path("/{id}/transitions/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fireAgreements", summary = "Make a lifecycle move", description = "As the agreement page's lifecycle panel: the same roles, "
            + "scope, guards (e.g. the terms checklist before sending) and comment rule; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Moved; the record with its new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response fire(@PathParam("id") long id, @PathParam("transition") String transition,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            LifecycleDtos.TransitionInput input) {
        Actor actor = caller.actor();
        LifecycleDtos.fire(lifecycle, actor, queries.get(actor, id), ifMatch, transition, input);
        return ok(queries.get(actor, id));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "eventsAgreements", summary = "The agreement's lifecycle events")
    @APIResponse(responseCode = "200", description = "The moves made, oldest first")
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public List<LifecycleDtos.EventDto> events(@PathParam("id") long id) {
        Actor actor = caller.actor();
        return LifecycleDtos.events(lifecycle, actor, queries.get(actor, id));
    }

    @GET
    @Path("/{id}/signing-turn")
    @Operation(operationId = "signingTurnAgreements", summary = "Whether it is the caller's turn to approve or sign",
            description = "And, if so, as which party and the SHA-256 of the document to sign.")
    @APIResponse(responseCode = "200", description = "The caller's turn, or yourTurn false",
            content = @Content(schema = @Schema(implementation = SigningTurnDto.class)))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public SigningTurnDto signingTurn(@PathParam("id") long id) {
        Actor actor = caller.actor();
        return signing.turn(actor, queries.get(actor, id)).map(SigningTurnDto::of).orElse(SigningTurnDto.NONE);
    }

    @POST
    @Path("/{id}/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signAgreements", summary = "Approve or sign the document sent", description = "Only by the party whose turn it is, for "
            + "the document it was sent (documentSha256 from signing-turn), as on the page; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Signed; the agreement with its new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response sign(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            SignatureInput input) {
        SignatureInput body = ApiResponses.required(input);
        Actor actor = caller.actor();
        Preconditions.require(ifMatch, queries.get(actor, id).getVersion());
        signing.consent(actor, id, body.documentSha256() == null ? "" : body.documentSha256(), ip(), userAgent());
        return ok(queries.get(actor, id));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineAgreements", summary = "Decline to sign", description = "Only by the party whose turn it is, with a reason; the "
            + "agreement returns to draft. If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Declined; the agreement with its new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "403", ref = ApiResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ApiResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiResponses.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiResponses.PRECONDITION_REQUIRED)
    public Response decline(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            SignatureInput input) {
        SignatureInput body = ApiResponses.required(input);
        Actor actor = caller.actor();
        Preconditions.require(ifMatch, queries.get(actor, id).getVersion());
        signing.decline(actor, id, body.documentSha256() == null ? "" : body.documentSha256(), body.reason(), ip(),
                userAgent());
        return ok(queries.get(actor, id));
    }

    @GET
    @Path("/{id}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "documentAgreements", summary = "The agreement's PDF", description = "The signed one with its certificate once complete, the one "
            + "sent while out for signature, else a rendering of the draft.")
    @APIResponse(responseCode = "200", description = "The PDF; its SHA-256 in the Digest header",
            content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", ref = ApiResponses.NOT_FOUND)
    public Response document(@PathParam("id") long id) {
        AgreementQueries.AgreementPdf pdf = queries.pdf(caller.actor(), id);
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName().replace("\"", "") + "\"")
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(pdf.sha256())) + ":")
                .build();
    }

    /** A change of the draft from the version named in If-Match: the policy's answer first, then 428/412, then the use case. */
    private Response change(long id, String ifMatch, LongFunction<AgreementForm> form) {
        Actor actor = caller.actor();
        Agreement current = queries.get(actor, id);
        if (!AgreementPolicy.mayManage(actor, current)) {
            throw new AccessDeniedException();
        }
        long version = Preconditions.require(ifMatch, current.getVersion());
        drafting.update(actor, id, form.apply(version));
        return ok(queries.get(actor, id));
    }

    private Response ok(Agreement agreement) {
        return Response.ok(AgreementDto.of(agreement, ApiLinks.of(uriInfo)))
                .tag(Preconditions.etag(agreement.getVersion())).build();
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }

    private String ip() {
        return servletRequest == null ? null : servletRequest.getRemoteAddr();
    }

    private String userAgent() {
        return servletRequest == null ? null : servletRequest.getHeader("User-Agent");
    }
}
