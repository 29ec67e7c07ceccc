package org.ddmsportal.application.agreement;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementParty;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.DataSharingTerms;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.agreement.RetentionPeriod;
import org.ddmsportal.domain.organisation.Organisation;

/**
 * The machine-readable twin of a data-sharing agreement: an ODRL 2.2 {@code Agreement} with W3C DPV 2.2
 * terms, as JSON-LD with its own inline context (no remote context: a reader needs nothing but this
 * document). Written once, when the last party signs, and stored: its SHA-256 (printed on the
 * certificate) stays true even if an organisation is renamed later.
 *
 * <p>What it says, and the decisions behind it:
 * <ul>
 * <li>The policy's IRI is the URL that serves it ({@code /api/agreements/{ref}/odrl}); the data and the
 *     parties are fragments of it ({@code #data}, {@code #party-<code>}), so every IRI answers.</li>
 * <li>Permission: {@code use} of the data for the purpose {@code dpv:ProvideOfficialStatistics} — every
 *     agreement in the portal shares data with a statistical office for official statistics; the
 *     agreement's own words are the rule's description. Duty: {@code delete} once the retention period
 *     ({@code elapsedTime}, an {@code xsd:duration}) has passed.</li>
 * <li>Prohibition: {@code use} for commercial purposes, marketing, profiling and selling the data
 *     (DPV purposes). These lie outside the permitted purpose, so the prohibition adds no obligation the
 *     parties did not sign; it states them so an evaluator needs no closed-world reasoning. The
 *     agreement's text of prohibited uses is its description.</li>
 * <li>Publication: {@code distribute} permitted with a minimum cell count — a left operand of the
 *     portal's own ODRL profile ({@link OdrlProfile}; ODRL's {@code count} counts uses, not units) —
 *     and the clearance duty ({@code obtainConsent}), or prohibited.</li>
 * <li>{@code conflict: prohibit}: should rules ever overlap, the prohibition wins.</li>
 * <li>DPV: the purpose, the legal basis (typed with the DPV concept chosen on the form,
 *     {@link org.ddmsportal.domain.agreement.LegalBasisKind}, generic {@code dpv:LegalBasis} when none
 *     was chosen, described by the agreement's text), personal data (typed with the chosen
 *     {@link org.ddmsportal.domain.agreement.PersonalDataKind}, else {@code dpv:PersonalData}, described by
 *     the categories given, or {@code dpv:NonPersonalData}), the measures that follow from the structured
 *     terms (access method, confidentiality, deletion) and the storage duration.</li>
 * </ul>
 */
public final class AgreementOdrl {

    public static final String ODRL = "http://www.w3.org/ns/odrl/2/";
    public static final String DPV = "https://w3id.org/dpv#";

    private static final JsonWriterFactory WRITER = Jsons.writers(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private AgreementOdrl() {
    }

    /** The IRI of an agreement's policy: the URL that serves it. */
    public static String policyIri(String portalUrl, String reference) {
        return portalUrl + "/api/agreements/" + reference + "/odrl";
    }

    public static String jsonLd(Agreement a, String portalUrl) {
        String policyIri = policyIri(portalUrl, a.getReference());
        DataSharingTerms t = a.getTerms();
        String target = policyIri + "#data";
        JsonObjectBuilder policy = Jsons.object()
                .add("@context", context(portalUrl))
                .add("@id", policyIri)
                .add("@type", "Agreement")
                .add("profile", OdrlProfile.iri(portalUrl))
                .add("conflict", "prohibit")
                .add("dcterms:identifier", a.getReference())
                .add("dcterms:title", a.getTitle());
        JsonArrayBuilder assigners = Jsons.array();
        for (AgreementParty p : a.getParties()) {
            if (p.getRole() != PartyRole.COPY) {
                assigners.add(party(p.getOrganisation(), policyIri));
            }
        }
        policy.add("assigner", assigners);
        policy.add("assignee", party(a.getPartnership().getLead(), policyIri));
        policy.add("target", Jsons.object().add("@id", target).add("@type", "odrl:Asset")
                .add("dcterms:description", nz(t.getItemsCovered())));

        Optional<String> retention = RetentionPeriod.isoDuration(t.getRetentionPeriod());
        JsonArrayBuilder duties = Jsons.array();
        if (t.getDeletionDuty() != null || retention.isPresent()) {
            JsonObjectBuilder delete = Jsons.object().add("action", "delete").add("target", target)
                    .add("dcterms:description", nz(t.getDeletionDuty()));
            retention.ifPresent(p -> delete.add("constraint", Jsons.array().add(Jsons.object()
                    .add("leftOperand", "elapsedTime").add("operator", "lteq").add("rightOperand", duration(p)))));
            duties.add(delete);
        }
        JsonObjectBuilder use = Jsons.object().add("action", "use").add("target", target)
                .add("dcterms:description", nz(t.getPermittedUses()))
                .add("constraint", Jsons.array().add(Jsons.object()
                        .add("leftOperand", "purpose").add("operator", "isA")
                        .add("rightOperand", id("dpv:ProvideOfficialStatistics"))
                        .add("dcterms:description", nz(t.getPurposes()))))
                .add("duty", duties);
        JsonArrayBuilder permissions = Jsons.array().add(use);
        JsonArrayBuilder prohibitions = Jsons.array();
        prohibitions.add(Jsons.object().add("action", "use").add("target", target)
                .add("dcterms:description", nz(t.getProhibitedUses()))
                .add("constraint", Jsons.array().add(Jsons.object()
                        .add("leftOperand", "purpose").add("operator", "isAnyOf")
                        .add("rightOperand", Jsons.array().add(id("dpv:CommercialPurpose"))
                                .add(id("dpv:Marketing")).add(id("dpv:Profiling")).add(id("dpv:SellDataToThirdParties"))))));
        if (Boolean.TRUE.equals(t.getPublicationAllowed())) {
            JsonObjectBuilder publish = Jsons.object().add("action", "distribute").add("target", target);
            if (t.getMinCellCount() != null) {
                publish.add("constraint", Jsons.array().add(Jsons.object()
                        .add("leftOperand", "ddms:minimumCellCount").add("operator", "gteq")
                        .add("rightOperand", Jsons.object().add("@value", t.getMinCellCount())
                                .add("@type", "xsd:integer"))));
            }
            if (Boolean.TRUE.equals(t.getPublicationClearance())) {
                publish.add("duty", Jsons.array().add(Jsons.object()
                        .add("action", "obtainConsent")
                        .add("dcterms:description", "results are cleared by the data provider before publication")));
            }
            permissions.add(publish);
        } else if (Boolean.FALSE.equals(t.getPublicationAllowed())) {
            prohibitions.add(Jsons.object().add("action", "distribute").add("target", target));
        }
        policy.add("permission", permissions).add("prohibition", prohibitions);

        policy.add("dpv:hasPurpose", id("dpv:ProvideOfficialStatistics"));
        if (t.getLegalBasis() != null || t.getLegalBasisKind() != null) {
            JsonObjectBuilder basis = Jsons.object().add("@type",
                    t.getLegalBasisKind() == null ? "dpv:LegalBasis" : t.getLegalBasisKind().dpv());
            if (t.getLegalBasis() != null) {
                basis.add("dcterms:description", t.getLegalBasis());
            }
            policy.add("dpv:hasLegalBasis", basis);
        }
        if (Boolean.TRUE.equals(t.getPersonalData())) {
            JsonObjectBuilder pd = Jsons.object().add("@type",
                    t.getPersonalDataKind() == null ? "dpv:PersonalData" : t.getPersonalDataKind().dpv());
            if (t.getPersonalDataCategories() != null) {
                pd.add("dcterms:description", t.getPersonalDataCategories());
            }
            policy.add("dpv:hasPersonalData", pd);
        } else if (Boolean.FALSE.equals(t.getPersonalData())) {
            policy.add("dpv:hasData", id("dpv:NonPersonalData"));
        }
        if (t.getConfidentiality() == Confidentiality.CONFIDENTIAL) {
            policy.add("dpv:hasData", id("dpv:StatisticallyConfidentialData"));
        }
        JsonArrayBuilder measures = Jsons.array();
        if (t.getAccessMethod() == AccessMethod.SECURE_TRANSFER) {
            measures.add(id("dpv:EncryptionInTransfer"));
        } else if (t.getAccessMethod() == AccessMethod.SECURE_LAB) {
            measures.add(id("dpv:SecureProcessingEnvironment"));
        } else if (t.getAccessMethod() == AccessMethod.API) {
            measures.add(id("dpv:AccessControlMethod"));
        }
        if (t.getConfidentiality() == Confidentiality.CONFIDENTIAL || t.getConfidentiality() == Confidentiality.RESTRICTED) {
            measures.add(id("dpv:StatisticalConfidentialityAgreement"));
        }
        if (t.getDeletionDuty() != null) {
            measures.add(id("dpv:DataDeletionPolicy"));
        }
        policy.add("dpv:hasTechnicalOrganisationalMeasure", measures);
        retention.ifPresent(p -> policy.add("dpv:hasStorageCondition", Jsons.object()
                .add("@type", "dpv:StorageDuration").add("rdf:value", duration(p))
                .add("dcterms:description", t.getRetentionPeriod())));

        StringWriter out = new StringWriter();
        try (var writer = WRITER.createWriter(out)) {
            writer.writeObject(policy.build());
        }
        return out.toString().strip() + "\n";
    }

    public static String sha256(String jsonLd) {
        return AgreementDocument.sha256(jsonLd.getBytes(StandardCharsets.UTF_8));
    }

    /** ODRL's own terms, spelt as the official ODRL context spells them, plus the prefixes used. */
    private static JsonObject context(String portalUrl) {
        JsonObjectBuilder c = Jsons.object()
                .add("odrl", ODRL)
                .add("dpv", DPV)
                .add("dcterms", "http://purl.org/dc/terms/")
                .add("foaf", "http://xmlns.com/foaf/0.1/")
                .add("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                .add("xsd", "http://www.w3.org/2001/XMLSchema#")
                .add("ddms", OdrlProfile.namespace(portalUrl))
                .add("Agreement", "odrl:Agreement");
        for (String p : new String[] {"profile", "assigner", "assignee", "target"}) {
            c.add(p, Jsons.object().add("@id", "odrl:" + p).add("@type", "@id"));
        }
        for (String p : new String[] {"permission", "prohibition", "duty", "constraint"}) {
            c.add(p, Jsons.object().add("@id", "odrl:" + p).add("@container", "@set"));
        }
        for (String p : new String[] {"conflict", "action", "leftOperand", "operator"}) {
            c.add(p, Jsons.object().add("@id", "odrl:" + p).add("@type", "@vocab"));
        }
        c.add("rightOperand", "odrl:rightOperand");
        for (String term : new String[] {"prohibit", "use", "delete", "distribute", "obtainConsent", "purpose",
                "elapsedTime", "eq", "gteq", "lteq", "isA", "isAnyOf"}) {
            c.add(term, "odrl:" + term);
        }
        return c.build();
    }

    private static JsonObject party(Organisation o, String policyIri) {
        // organisations need not have a code: their id names them then
        String key = o.getCode() != null && !o.getCode().isBlank() ? o.getCode() : String.valueOf(o.getId());
        JsonObjectBuilder p = Jsons.object().add("@id", policyIri + "#party-" + key)
                .add("@type", "odrl:Party")
                .add("dcterms:title", o.getName());
        if (o.getCode() != null && !o.getCode().isBlank()) {
            p.add("dcterms:identifier", o.getCode());
        }
        if (o.getWebsite() != null && !o.getWebsite().isBlank()) {
            p.add("foaf:homepage", id(o.getWebsite()));
        }
        return p.build();
    }

    private static JsonObject id(String iri) {
        return Jsons.object().add("@id", iri).build();
    }

    private static JsonObject duration(String iso) {
        return Jsons.object().add("@value", iso).add("@type", "xsd:duration").build();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
