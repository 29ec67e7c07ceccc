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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.ObjLongConsumer;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.LifecycleDtos;
import org.ddmsportal.api.v1.support.LifecycleEndpoint;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.ListFilters;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.Preconditions;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.RecordEndpoint;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.agreement.AgreementDrafting;
import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.application.agreement.AgreementLifecycle;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.agreement.AgreementSigning;
import org.ddmsportal.application.shared.ClientAddress;
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
    ClientAddress clientAddresses;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @Context
    HttpServletRequest servletRequest;

    private RecordEndpoint<Agreement> records() {
        return new RecordEndpoint<>(caller, uriInfo, "agreements", queries::get, AgreementDto::of);
    }

    private LifecycleEndpoint<Agreement> lifecycle() {
        return new LifecycleEndpoint<>(records(), lifecycle);
    }

    @GET
    @Operation(operationId = "listAgreements", summary = "List agreements", description = "Those the caller may read; filters are those of the agreements' table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
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
        ListFilters filters = new ListFilters().put("reference", reference).put("title", title).put("country", country)
                .put("status", QueryValues.state("status", status, lifecycle.states()))
                .put("kind", QueryValues.constant("kind", kind, AgreementKind.class))
                .put("partnership", QueryValues.id("partnershipId", partnershipId));
        PageRequest request = paging.request(order, filters.map(), text);
        return ListBody.ok(queries.search(actor, request), paging, uriInfo, AgreementDto::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgreements", summary = "Read an agreement", description = "With its parties and terms.")
    @APIResponse(responseCode = "200", description = "The agreement; its version as ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAgreements", summary = "Draft an agreement", description = "For a partnership of a country the caller manages.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new draft",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    public Response create(AgreementInput input) {
        Actor actor = caller.actor();
        return records().created(actor, drafting.create(actor, ApiResponses.required(input).toForm(0)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAgreements", summary = "Change a draft", description = "Replaces the draft's fields, parties and terms; only while "
            + "it is a draft; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            AgreementInput input) {
        AgreementInput body = ApiResponses.required(input);
        return change(id, ifMatch, body::toForm);
    }

    @GET
    @Path("/{id}/parties")
    @Operation(operationId = "partiesAgreements", summary = "The agreement's parties", description = "In signing order, with where each stands.")
    @APIResponse(responseCode = "200", description = "The parties; the agreement's version as ETag",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AgreementDto.Party.class)))
    public Response parties(@PathParam("id") long id) {
        Agreement agreement = queries.get(caller.actor(), id);
        return Response.ok(agreement.getParties().stream().map(AgreementDto.Party::of).toList())
                .tag(Preconditions.etag(agreement.getVersion())).build();
    }

    @PUT
    @Path("/{id}/parties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePartiesAgreements", summary = "Replace a draft's parties", description = "The other fields stay; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the agreement with its new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    public Response replaceParties(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            List<AgreementInput.PartyInput> parties) {
        List<AgreementInput.PartyInput> rows = ApiResponses.required(parties);
        return changePart(id, ifMatch, (form, version) -> form.setParties(
                new AgreementInput(null, null, null, null, null, null, null, rows, null).toForm(version).getParties()));
    }

    @GET
    @Path("/{id}/terms")
    @Operation(operationId = "termsAgreements", summary = "The agreement's data-sharing terms")
    @APIResponse(responseCode = "200", description = "The terms; the agreement's version as ETag",
            content = @Content(schema = @Schema(implementation = TermsDto.class)))
    public Response terms(@PathParam("id") long id) {
        Agreement agreement = queries.get(caller.actor(), id);
        return Response.ok(TermsDto.of(agreement.getTerms())).tag(Preconditions.etag(agreement.getVersion())).build();
    }

    @PUT
    @Path("/{id}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceTermsAgreements", summary = "Replace a draft's terms", description = "The other fields stay; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the agreement with its new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    public Response replaceTerms(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            TermsDto terms) {
        TermsDto body = ApiResponses.required(terms);
        return changePart(id, ifMatch, (form, version) -> body.fill(form));
    }

    @GET
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionsAgreements", summary = "The lifecycle moves the caller may make now")
    @APIResponse(responseCode = "200", description = "The moves (their guards are checked when fired)")
    public List<LifecycleDtos.TransitionDto> transitions(@PathParam("id") long id) {
        return lifecycle().transitions(id);
    }

    @POST
    @Path("/{id}/transitions/{transition}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fireAgreements", summary = "Make a lifecycle move", description = "As the agreement page's lifecycle panel: the same roles, "
            + "scope, guards (e.g. the terms checklist before sending) and comment rule; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Moved; the record with its new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response fire(@PathParam("id") long id, @PathParam("transition") String transition,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            LifecycleDtos.TransitionInput input) {
        return lifecycle().fire(id, transition, ifMatch, input);
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "eventsAgreements", summary = "The agreement's lifecycle events")
    @APIResponse(responseCode = "200", description = "The moves made, newest first")
    public List<LifecycleDtos.EventDto> events(@PathParam("id") long id) {
        return lifecycle().events(id);
    }

    @GET
    @Path("/{id}/signing-turn")
    @Operation(operationId = "signingTurnAgreements", summary = "Whether it is the caller's turn to approve or sign",
            description = "And, if so, as which party and the SHA-256 of the document to sign.")
    @APIResponse(responseCode = "200", description = "The caller's turn, or yourTurn false",
            content = @Content(schema = @Schema(implementation = SigningTurnDto.class)))
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
    public Response sign(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            SignatureInput input) {
        SignatureInput body = ApiResponses.required(input);
        return records().change(id, ifMatch, (actor, agreementId, version) -> signing.consent(actor, agreementId,
                body.shownDocument(), ip(), userAgent()));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineAgreements", summary = "Decline to sign", description = "Only by the party whose turn it is, with a reason; the "
            + "agreement returns to draft. If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Declined; the agreement with its new ETag",
            content = @Content(schema = @Schema(implementation = AgreementDto.class)))
    public Response decline(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch,
            SignatureInput input) {
        SignatureInput body = ApiResponses.required(input);
        return records().change(id, ifMatch, (actor, agreementId, version) -> signing.decline(actor, agreementId,
                body.shownDocument(), body.reason(), ip(), userAgent()));
    }

    @GET
    @Path("/{id}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(operationId = "documentAgreements", summary = "The agreement's PDF", description = "The signed one with its certificate once complete, the one "
            + "sent while out for signature, else a rendering of the draft.")
    @APIResponse(responseCode = "200", description = "The PDF; its SHA-256 in the Digest header",
            content = @Content(mediaType = "application/pdf"))
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
        return records().change(id, ifMatch, AgreementPolicy::mayManage,
                (actor, agreementId, version) -> drafting.update(actor, agreementId, form.apply(version)));
    }

    /** A change of one part of the draft: its form as now, at the version named in If-Match, with that part replaced. */
    private Response changePart(long id, String ifMatch, ObjLongConsumer<AgreementForm> part) {
        return change(id, ifMatch, version -> {
            AgreementForm form = AgreementForm.of(queries.get(caller.actor(), id));
            form.setVersion(version);
            part.accept(form, version);
            return form;
        });
    }

    /** The connection's address (and the client's behind a trusted proxy), as the agreement's page records it. */
    private String ip() {
        return servletRequest == null ? null
                : clientAddresses.of(servletRequest.getRemoteAddr(), servletRequest.getHeader("X-Forwarded-For"));
    }

    private String userAgent() {
        return servletRequest == null ? null : servletRequest.getHeader("User-Agent");
    }
}
