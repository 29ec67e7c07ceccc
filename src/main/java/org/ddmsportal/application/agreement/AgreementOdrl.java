package org.ddmsportal.application.agreement;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.DataSharingTerms;
import org.ddmsportal.domain.agreement.PartyRole;

/**
 * The machine-readable twin of a data-sharing agreement: its terms as an ODRL 2.2 Agreement with
 * W3C DPV terms (purpose, legal basis, personal data), as JSON-LD. Permissions carry the purpose
 * constraint and the duties (deletion after retention, clearance before publication);
 * prohibitions the prohibited uses; publication is a permission with a minimum-aggregation
 * constraint, or a prohibition. Written once, when the last party signs, and stored: its SHA-256 (printed
 * on the certificate) stays true even if an organisation is renamed later.
 */
public final class AgreementOdrl {

    private static final JsonWriterFactory WRITER = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private AgreementOdrl() {
    }

    public static String jsonLd(Agreement a, String portalUrl) {
        String base = portalUrl + "/agreements/" + a.getReference();
        DataSharingTerms t = a.getTerms();
        String target = base + "#data";
        JsonObjectBuilder policy = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder()
                        .add("http://www.w3.org/ns/odrl.jsonld")
                        .add(Json.createObjectBuilder()
                                .add("dpv", "https://w3id.org/dpv#")
                                .add("dcterms", "http://purl.org/dc/terms/")))
                .add("@type", "Agreement")
                .add("uid", base + "/odrl")
                .add("dcterms:identifier", a.getReference())
                .add("dcterms:title", a.getTitle())
                .add("profile", "https://w3id.org/dpv");
        JsonArrayBuilder assigners = Json.createArrayBuilder();
        for (AgreementParty p : a.getParties()) {
            if (p.getRole() != PartyRole.COPY) {
                assigners.add(party(p.getOrganisation().getCode(), p.getOrganisation().getName(), portalUrl));
            }
        }
        policy.add("assigner", assigners);
        policy.add("assignee", party(a.getPartnership().getLead().getCode(), a.getPartnership().getLead().getName(),
                portalUrl));
        policy.add("target", Json.createObjectBuilder().add("uid", target)
                .add("dcterms:description", nz(t.getItemsCovered())));

        JsonArrayBuilder duties = Json.createArrayBuilder();
        if (t.getDeletionDuty() != null || t.getRetentionPeriod() != null) {
            duties.add(Json.createObjectBuilder().add("action", "delete")
                    .add("dcterms:description", nz(t.getDeletionDuty()))
                    .add("constraint", Json.createArrayBuilder().add(constraint("elapsedTime", "lteq",
                            nz(t.getRetentionPeriod())))));
        }
        JsonObjectBuilder use = Json.createObjectBuilder().add("action", "use").add("target", target)
                .add("dcterms:description", nz(t.getPermittedUses()))
                .add("constraint", Json.createArrayBuilder().add(constraint("purpose", "eq", nz(t.getPurposes()))))
                .add("duty", duties);
        JsonArrayBuilder permissions = Json.createArrayBuilder().add(use);
        JsonArrayBuilder prohibitions = Json.createArrayBuilder();
        if (t.getProhibitedUses() != null) {
            prohibitions.add(Json.createObjectBuilder().add("action", "use").add("target", target)
                    .add("dcterms:description", t.getProhibitedUses()));
        }
        if (Boolean.TRUE.equals(t.getPublicationAllowed())) {
            JsonObjectBuilder publish = Json.createObjectBuilder().add("action", "distribute").add("target", target);
            JsonArrayBuilder constraints = Json.createArrayBuilder();
            if (t.getMinCellCount() != null) {
                constraints.add(Json.createObjectBuilder().add("leftOperand", "count").add("operator", "gteq")
                        .add("rightOperand", t.getMinCellCount())
                        .add("dcterms:description", "minimum number of statistical units per published cell"));
            }
            publish.add("constraint", constraints);
            if (Boolean.TRUE.equals(t.getPublicationClearance())) {
                publish.add("duty", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("action", "obtainConsent")
                        .add("dcterms:description", "results are cleared by the data provider before publication")));
            }
            permissions.add(publish);
        } else if (Boolean.FALSE.equals(t.getPublicationAllowed())) {
            prohibitions.add(Json.createObjectBuilder().add("action", "distribute").add("target", target));
        }
        policy.add("permission", permissions).add("prohibition", prohibitions);
        policy.add("dpv:hasLegalBasis", nz(t.getLegalBasis()));
        policy.add("dpv:hasPurpose", nz(t.getPurposes()));
        policy.add("dpv:hasPersonalData", Boolean.TRUE.equals(t.getPersonalData()));
        if (t.getPersonalDataCategories() != null) {
            policy.add("dpv:hasPersonalDataCategory", t.getPersonalDataCategories());
        }
        if (t.getConfidentiality() != null) {
            policy.add("dpv:hasDataProtectionMeasure", t.getConfidentiality().name().toLowerCase(java.util.Locale.ROOT)
                    + (t.getDisclosureControl() == null ? "" : ": " + t.getDisclosureControl()));
        }
        StringWriter out = new StringWriter();
        try (var writer = WRITER.createWriter(out)) {
            writer.writeObject(policy.build());
        }
        return out.toString().strip() + "\n";
    }

    public static String sha256(String jsonLd) {
        return AgreementDocument.sha256(jsonLd.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject party(String code, String name, String portalUrl) {
        return Json.createObjectBuilder().add("uid", portalUrl + "/organisations/" + code)
                .add("dcterms:title", name).build();
    }

    private static JsonObject constraint(String left, String operator, String right) {
        return Json.createObjectBuilder().add("leftOperand", left).add("operator", operator)
                .add("rightOperand", right).build();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
