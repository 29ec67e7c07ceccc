package org.ddmsportal.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.ddmsportal.api.v1.support.ApiException;
import org.ddmsportal.api.v1.support.ProblemKind;
import org.ddmsportal.application.agreement.AgreementVerification;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.agreement.AgreementDocument;

/**
 * Public agreement endpoints.
 * <ul>
 * <li>{@code POST /api/agreements/{reference}/verify} with the PDF as body: is it exactly the signed
 * document? Answers {@code {"reference", "sha256", "verdict": SIGNED | SENT | DIFFERENT | UNKNOWN}}.</li>
 * <li>{@code GET /api/agreements/{reference}/odrl}: the ODRL 2.2 + DPV JSON-LD of a signed
 * data-sharing agreement (404 otherwise).</li>
 * </ul>
 */
@Path("/agreements/{reference}")
public class AgreementResource {

    @Inject
    AgreementVerification service;

    @POST
    @Path("/verify")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify(@PathParam("reference") String reference, InputStream body) throws IOException {
        byte[] pdf = body.readNBytes(AgreementVerification.MAX_DOCUMENT_BYTES + 1);
        if (pdf.length == 0) {
            throw new ApiException(ProblemKind.BAD_REQUEST, "api.public.verify.empty");
        }
        if (pdf.length > AgreementVerification.MAX_DOCUMENT_BYTES) {
            throw new ApiException(ProblemKind.PAYLOAD_TOO_LARGE, "api.public.verify.tooLarge",
                    AgreementVerification.MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        JsonObject answer = Jsons.object()
                .add("reference", reference)
                .add("sha256", AgreementDocument.sha256(pdf))
                .add("verdict", service.verify(reference, pdf).name())
                .build();
        return Response.ok(answer).build();
    }

    @GET
    @Path("/odrl")
    @Produces("application/ld+json")
    public Response odrl(@PathParam("reference") String reference) {
        return service.odrl(reference).map(json -> Response.ok(json, "application/ld+json").build())
                .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "api.public.agreement.notFound"));
    }
}
