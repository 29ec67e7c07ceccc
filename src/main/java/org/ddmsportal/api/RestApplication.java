package org.ddmsportal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.ddmsportal.api.v1.support.Problem;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * The REST API lives under {@code /api}: the public endpoints (agreement verification and ODRL
 * terms, the DCAT-AP catalogue, SDMX data), the lineage, and version 1 of the portal's API under
 * {@code /api/v1} (docs/api.md). Jersey's generated WADL ({@code /api/application.wadl}) is
 * turned off: the API's description is the OpenAPI document at {@code /openapi}, browsable at
 * {@code /api-docs/}. The problem responses every operation refers to are declared here once.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "DDMS Portal API", version = "1.0",
                description = "The DDMS Portal's REST API: organisations, contacts, partnerships and data-sharing "
                        + "agreements for people (their Keycloak access token) and machines (a client-credentials "
                        + "token of the realm's integration client), with the same rules and scope as the pages. "
                        + "Lists take offset/limit (at most 100), sort and the list's filters; every record has an "
                        + "ETag, and every write needs If-Match. Errors are RFC 9457 problem details "
                        + "(application/problem+json) with a title in the language of Accept-Language (en, fr, ru)."),
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "An access token of the portal's Keycloak realm with the audience ddms-api"),
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "Malformed request: a query parameter, a header or the body",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unauthorized", responseCode = "401",
                                description = "No valid bearer token (missing, expired, wrongly signed, other audience)",
                                headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "The caller's role or scope does not allow this",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "NotFound", responseCode = "404",
                                description = "No such record (or not one the caller may read)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "The change conflicts with the record's state (changed meanwhile, duplicate, in use)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412",
                                description = "If-Match names another version than the current one",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PayloadTooLarge", responseCode = "413",
                                description = "The request body is larger than allowed",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "Unprocessable", responseCode = "422",
                                description = "Invalid input; errors names the refused fields",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "PreconditionRequired", responseCode = "428",
                                description = "A write without If-Match",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "TooManyRequests", responseCode = "429",
                                description = "The client's rate limit is used up; Retry-After says when to come back",
                                headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = "ServerError", responseCode = "500",
                                description = "The portal failed; detail carries an id for the administrator",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
                }))
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
