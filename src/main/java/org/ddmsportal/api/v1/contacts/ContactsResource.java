package org.ddmsportal.api.v1.contacts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Set;
import org.ddmsportal.api.v1.support.ApiResponses;
import org.ddmsportal.api.v1.support.Caller;
import org.ddmsportal.api.v1.support.ListBody;
import org.ddmsportal.api.v1.support.Paging;
import org.ddmsportal.api.v1.support.QueryValues;
import org.ddmsportal.api.v1.support.RecordEndpoint;
import org.ddmsportal.api.v1.support.Sort;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.domain.shared.Actor;
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
 * {@code /api/v1/contacts}: the contact persons of the registry, through {@link ContactService}
 * (reading open to every signed-in user; changes by {@code RegistryPolicy} and
 * {@code ContactPolicy}: a partner's contact may change their own record). Shaped like
 * {@code OrganisationsResource}.
 */
@Path("/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Contacts", description = "Contact persons of the registry's organisations")
@SecurityRequirement(name = "bearer")
public class ContactsResource {

    /** The fields the list sorts by: those of the contacts' table (JpaContactRepository). */
    static final Set<String> SORTABLE = Set.of("fullName", "email", "position", "organisation", "country", "modifiedAt");

    @Inject
    ContactService contacts;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    private RecordEndpoint<Contact> records() {
        return new RecordEndpoint<>(caller, uriInfo, "contacts", contacts::get, ContactDto::of);
    }

    @GET
    @Operation(operationId = "listContacts", summary = "List contacts", description = "Filters are those of the contacts' table.")
    @APIResponse(responseCode = "200", description = "One page")
    public Response list(
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit,
            @Parameter(description = "fullName, email, position, organisation, country or modifiedAt; - for descending")
            @QueryParam("sort") String sort,
            @Parameter(description = "Name, e-mail, position or organisation contains") @QueryParam("q") String text,
            @Parameter(description = "Full name contains") @QueryParam("fullName") String fullName,
            @Parameter(description = "E-mail contains") @QueryParam("email") String email,
            @Parameter(description = "Organisation's name or acronym contains") @QueryParam("organisation") String organisation,
            @Parameter(description = "The organisation's id") @QueryParam("organisationId") String organisationId,
            @Parameter(description = "Country (ISO 3166-1 alpha-2)") @QueryParam("country") String country) {
        Actor actor = caller.actor();
        Paging paging = Paging.of(offset, limit);
        ContactCriteria criteria = new ContactCriteria(text, fullName, email, organisation,
                QueryValues.id("organisationId", organisationId), country);
        return ListBody.ok(contacts.search(actor, criteria, paging.request(Sort.parse(sort, SORTABLE))), paging, uriInfo,
                ContactDto::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getContacts", summary = "Read a contact")
    @APIResponse(responseCode = "200", description = "The contact; its version as ETag",
            content = @Content(schema = @Schema(implementation = ContactDto.class)),
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent as If-None-Match")
    public Response get(@PathParam("id") long id, @Context Request request) {
        return records().read(id, request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createContacts", summary = "Record a contact", description = "At an organisation of a country the caller manages.")
    @APIResponse(responseCode = "201", description = "Created; Location and ETag of the new record",
            content = @Content(schema = @Schema(implementation = ContactDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response create(ContactInput input) {
        return records().create(contacts, input, ContactInput::toForm);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateContacts", summary = "Change a contact", description = "Replaces its fields; If-Match with the ETag read.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag",
            content = @Content(schema = @Schema(implementation = ContactDto.class)))
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response update(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version the change was made from", required = true)
            @HeaderParam("If-Match") String ifMatch, ContactInput input) {
        return records().update(contacts, id, ifMatch, input, ContactInput::toForm);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteContacts", summary = "Delete a contact", description = "Only one nothing refers to; If-Match with the ETag read.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = ApiResponses.CONFLICT)
    public Response delete(@PathParam("id") long id,
            @Parameter(description = "The ETag of the version read", required = true) @HeaderParam("If-Match") String ifMatch) {
        return records().delete(id, ifMatch, contacts::delete);
    }
}
