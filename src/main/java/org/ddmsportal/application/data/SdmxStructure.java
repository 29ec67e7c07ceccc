package org.ddmsportal.application.data;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.data.SdmxDataflow;

/**
 * The structure of the portal's one dataflow as an SDMX-JSON 2.0.0 structure message (valid
 * against the official schema, {@link #JSON_SCHEMA}): the dataflow {@value SdmxDataflow#ID}, its
 * data structure definition, the concepts of its components and the code list of OBS_STATUS.
 * This is what the dataflow's URN in every data message resolves to
 * ({@link SdmxDataflow#STRUCTURE_PATH}), so a script or an SDMX tool can read which dimensions,
 * measure and attributes the data have, in which order, and what each may hold.
 *
 * <p>INDICATOR, REF_AREA and UNIT_MEASURE are given as text, each with the length and pattern the
 * portal stores (an indicator's code may hold a dot; the data messages then give it as a value, not
 * an id), not as code lists:
 * their values are the portal's indicators, the territories of the data (NUTS, LAU or a
 * municipality's code, whatever the country uses) and the units' codes, which the data messages
 * name where they use them; a code list of them all would be as large as the data and change
 * with every import. TIME_PERIOD takes any SDMX observational time period, reporting periods
 * counted from 1 January.
 */
public final class SdmxStructure {

    /** The official schema of the messages {@link #message} writes, pinned to the release tag. */
    public static final String JSON_SCHEMA = "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/v2.0.0/"
            + "structure-message/tools/schemas/2.0.0/sdmx-json-structure-schema.json";

    static final String DSD = "DSD_LOCAL_INDICATORS";
    static final String CONCEPTS = "CS_LOCAL_INDICATORS";
    static final String OBS_STATUS_CODES = "CL_OBS_STATUS";

    private static final String PREFIX = "urn:sdmx:org.sdmx.infomodel.";

    private SdmxStructure() {
    }

    /** A maintainable artefact's reference: {@code DDMS:ID(1.0)}. */
    static String ref(String id) {
        return SdmxDataflow.AGENCY + ":" + id + "(" + SdmxDataflow.VERSION + ")";
    }

    static String dsdUrn() {
        return PREFIX + "datastructure.DataStructure=" + ref(DSD);
    }

    static String conceptUrn(String concept) {
        return PREFIX + "conceptscheme.Concept=" + ref(CONCEPTS) + "." + concept;
    }

    static String codelistUrn(String codelist) {
        return PREFIX + "codelist.Codelist=" + ref(codelist);
    }

    /** The whole message; {@code self} is the address it is served at (its links say so). */
    public static JsonObject message(String self) {
        JsonObjectBuilder meta = Jsons.object()
                .add("schema", JSON_SCHEMA)
                .add("id", "DDMS-STRUCTURE-" + SdmxDataflow.DATAFLOW)
                .add("test", false)
                .add("prepared", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())
                .add("contentLanguages", Jsons.array().add("en"))
                .add("sender", Jsons.object().add("id", SdmxDataflow.AGENCY).add("name", "DDMS Portal"))
                .add("links", Jsons.array().add(Jsons.object().add("href", self).add("rel", "self")));
        JsonObjectBuilder data = Jsons.object()
                .add("dataflows", Jsons.array().add(maintainable(SdmxDataflow.DATAFLOW, "Indicators for local decisions",
                        "Indicators computed by national statistical institutes, cities and their partners for "
                                + "data-driven decision-making at the local level: one value per indicator, territory and period.")
                        .add("links", Jsons.array().add(Jsons.object().add("urn", SdmxDataflow.URN).add("rel", "self")))
                        .add("structure", dsdUrn())))
                .add("dataStructures", Jsons.array().add(maintainable(DSD, "Indicators for local decisions", null)
                        .add("links", Jsons.array().add(Jsons.object().add("urn", dsdUrn()).add("rel", "self")))
                        .add("dataStructureComponents", components())))
                .add("conceptSchemes", Jsons.array().add(maintainable(CONCEPTS, "Concepts of the local indicators", null)
                        .add("concepts", Jsons.array()
                                .add(concept("INDICATOR", "Indicator", "The indicator's code in the portal."))
                                .add(concept("REF_AREA", "Reference area", "The territory: a NUTS or LAU code, or a "
                                        + "municipality's territorial code in its country's system."))
                                .add(concept("TIME_PERIOD", "Time period", "An SDMX time period; reporting periods "
                                        + "count from 1 January."))
                                .add(concept("OBS_VALUE", "Observation value", "At most 14 digits before the point and 6 after."))
                                .add(concept("UNIT_MEASURE", "Unit of measure", "The indicator's unit as an SDMX code "
                                        + "(CL_UNIT's where the unit is a symbol: % is PT)."))
                                .add(concept("OBS_STATUS", "Observation status", null)))))
                .add("codelists", Jsons.array().add(maintainable(OBS_STATUS_CODES, "Observation status", null)
                        .add("codes", Jsons.array()
                                .add(Jsons.object().add("id", "A").add("name", "Normal value"))
                                .add(Jsons.object().add("id", "P").add("name", "Provisional value")))));
        return Jsons.object().add("meta", meta).add("data", data).build();
    }

    private static JsonObjectBuilder components() {
        JsonArrayBuilder dimensions = Jsons.array()
                // the indicator's code as the form takes it (a dot allowed: the data messages then give it as a value)
                .add(dimension("INDICATOR", 0, text(40, "[A-Za-z0-9][A-Za-z0-9._-]*")))
                .add(dimension("REF_AREA", 1, text(20, ObservationReader.TERRITORY.pattern())));
        JsonObjectBuilder time = Jsons.object().add("id", "TIME_PERIOD").add("position", 2)
                .add("conceptIdentity", conceptUrn("TIME_PERIOD"))
                .add("localRepresentation", Jsons.object().add("format",
                        Jsons.object().add("dataType", "ObservationalTimePeriod")));
        JsonObjectBuilder measure = Jsons.object().add("id", "OBS_VALUE").add("usage", "mandatory")
                .add("conceptIdentity", conceptUrn("OBS_VALUE"))
                .add("localRepresentation", Jsons.object().add("format", Jsons.object().add("dataType", "Decimal")));
        JsonArrayBuilder attributes = Jsons.array()
                // the unit is the indicator's: it varies with the INDICATOR dimension only
                .add(Jsons.object().add("id", "UNIT_MEASURE").add("usage", "mandatory")
                        .add("attributeRelationship", Jsons.object().add("dimensions", Jsons.array().add("INDICATOR")))
                        .add("conceptIdentity", conceptUrn("UNIT_MEASURE"))
                        .add("localRepresentation", Jsons.object().add("format", text(60, SdmxDataflow.SDMX_ID.pattern()))))
                .add(Jsons.object().add("id", "OBS_STATUS").add("usage", "mandatory")
                        .add("attributeRelationship", Jsons.object().add("observation", Jsons.object()))
                        .add("conceptIdentity", conceptUrn("OBS_STATUS"))
                        .add("localRepresentation", Jsons.object().add("enumeration", codelistUrn(OBS_STATUS_CODES))));
        return Jsons.object()
                .add("dimensionList", Jsons.object().add("id", "DimensionDescriptor").add("dimensions", dimensions)
                        .add("timeDimension", time))
                .add("measureList", Jsons.object().add("id", "MeasureDescriptor").add("measures", Jsons.array().add(measure)))
                .add("attributeList", Jsons.object().add("id", "AttributeDescriptor").add("attributes", attributes));
    }

    private static JsonObjectBuilder dimension(String id, int position, JsonObjectBuilder format) {
        return Jsons.object().add("id", id).add("position", position).add("conceptIdentity", conceptUrn(id))
                .add("localRepresentation", Jsons.object().add("format", format));
    }

    /** Text of at most {@code maxLength} characters matching {@code pattern}: what the portal stores there. */
    private static JsonObjectBuilder text(int maxLength, String pattern) {
        return Jsons.object().add("dataType", "String").add("maxLength", maxLength).add("pattern", pattern);
    }

    private static JsonObjectBuilder maintainable(String id, String name, String description) {
        JsonObjectBuilder artefact = Jsons.object().add("id", id).add("version", SdmxDataflow.VERSION)
                .add("agencyID", SdmxDataflow.AGENCY).add("isExternalReference", false).add("name", name);
        if (description != null) {
            artefact.add("description", description);
        }
        return artefact;
    }

    private static JsonObjectBuilder concept(String id, String name, String description) {
        JsonObjectBuilder concept = Jsons.object().add("id", id).add("name", name);
        if (description != null) {
            concept.add("description", description);
        }
        return concept;
    }
}
