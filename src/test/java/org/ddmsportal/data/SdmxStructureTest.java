package org.ddmsportal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddmsportal.application.data.SdmxStructure;
import org.ddmsportal.application.data.SdmxWriter;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.ObservationStatus;
import org.ddmsportal.domain.data.SdmxDataflow;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

/**
 * The structure a data message's dataflow link leads to, against the official SDMX-JSON 2.0.0
 * structure-message schema (copied from sdmx-twg/sdmx-json at tag v2.0.0 into
 * {@code src/test/resources/standards/sdmx-json-2.0.0}), and against what the data messages hold:
 * every component a data message names is in the structure, in the same order, and what it
 * references is in the message.
 */
class SdmxStructureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELF = "https://ddms.example.org" + SdmxDataflow.STRUCTURE_PATH;

    /**
     * The official schema: its {@code $schema} is the unversioned "http://json-schema.org/schema#"
     * (a validator would try to fetch it); it uses draft-06/07 keywords ({@code $id}, {@code const}),
     * so it is read as draft 7 with that one member removed.
     */
    static Schema officialSchema() throws IOException {
        return SdmxJsonSchemaTest.official("sdmx-json-structure-schema.json", SpecificationVersion.DRAFT_7, "$id");
    }

    private static JsonNode message() throws IOException {
        return JSON.readTree(SdmxStructure.message(SELF).toString());
    }

    @Test
    void theStructureIsAValidStructureMessage() throws IOException {
        JsonNode message = message();
        List<Error> errors = officialSchema().validate(message);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(SdmxStructure.JSON_SCHEMA, message.at("/meta/schema").asText());
        assertTrue(SdmxStructure.JSON_SCHEMA.contains("/v2.0.0/structure-message/tools/schemas/2.0.0/"),
                "meta.schema names the release the copy in standards/ comes from");
        assertEquals(SELF, message.at("/meta/links/0/href").asText());
    }

    /** The schema is not asleep: a structure without its required parts is refused. */
    @Test
    void theSchemaRefusesAStructureWithoutItsParts() throws IOException {
        ObjectNode broken = (ObjectNode) message();
        ((ObjectNode) broken.at("/data/dataStructures/0")).remove("agencyID");
        ((ObjectNode) broken.at("/data/dataStructures/0/dataStructureComponents/attributeList/attributes/0"))
                .remove("attributeRelationship");
        assertTrue(officialSchema().validate(broken).size() >= 2, "both refused");
    }

    /**
     * What a data message holds is what the structure says: the dataflow of its link, the
     * dimensions in order, the measure and attributes, and every URN the structure uses
     * (concept, code list, data structure) is an artefact of the message itself.
     */
    @Test
    void theDataMessagesAndTheStructureAgree() throws IOException {
        Indicator indicator = new Indicator("RS-ELEC-PC", new LocalizedName("Electricity", "Électricité", "Электричество"),
                "kWh", new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SdmxWriter.json(indicator, List.of(new Observation("RS-ELEC-PC", "RS11", "2024", new BigDecimal("1"),
                ObservationStatus.PROVISIONAL)), Map.of(), Locale.ENGLISH, SELF, out);
        JsonNode data = JSON.readTree(out.toByteArray());
        JsonNode structure = message().at("/data");

        assertEquals(SdmxDataflow.URN, data.at("/data/structures/0/links/0/urn").asText());
        assertEquals(SELF, data.at("/data/structures/0/links/0/href").asText(), "the data message says where its structure is");
        assertEquals(SdmxDataflow.URN, structure.at("/dataflows/0/links/0/urn").asText());
        assertEquals(structure.at("/dataStructures/0/links/0/urn").asText(), structure.at("/dataflows/0/structure").asText());

        JsonNode components = structure.at("/dataStructures/0/dataStructureComponents");
        List<String> dimensions = new ArrayList<>();
        components.at("/dimensionList/dimensions").forEach(d -> dimensions.add(d.get("id").asText()));
        dimensions.add(components.at("/dimensionList/timeDimension/id").asText());
        List<String> inData = new ArrayList<>();
        data.at("/data/structures/0/dimensions/observation").forEach(d -> inData.add(d.get("id").asText()));
        assertEquals(inData, dimensions, "the same dimensions in the same order");
        assertEquals(data.at("/data/structures/0/measures/observation/0/id").asText(),
                components.at("/measureList/measures/0/id").asText());
        List<String> attributes = new ArrayList<>();
        components.at("/attributeList/attributes").forEach(a -> attributes.add(a.get("id").asText()));
        List<String> attributesInData = new ArrayList<>();
        data.at("/data/structures/0/attributes/observation").forEach(a -> attributesInData.add(a.get("id").asText()));
        assertEquals(attributesInData, attributes);
        // the codes a data message uses for OBS_STATUS are the code list's
        List<String> codes = new ArrayList<>();
        structure.at("/codelists/0/codes").forEach(c -> codes.add(c.get("id").asText()));
        List<String> codesInData = new ArrayList<>();
        data.at("/data/structures/0/attributes/observation/1/values").forEach(v -> codesInData.add(v.get("id").asText()));
        assertEquals(codes, codesInData);

        // every concept a component names is one of the scheme's
        List<String> concepts = new ArrayList<>();
        structure.at("/conceptSchemes/0/concepts").forEach(c -> concepts.add(c.get("id").asText()));
        String scheme = "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=DDMS:"
                + structure.at("/conceptSchemes/0/id").asText() + "(1.0).";
        components.findValues("conceptIdentity").forEach(urn -> {
            assertTrue(urn.asText().startsWith(scheme), urn.asText());
            assertTrue(concepts.contains(urn.asText().substring(scheme.length())), urn.asText());
        });
        assertEquals("urn:sdmx:org.sdmx.infomodel.codelist.Codelist=DDMS:" + structure.at("/codelists/0/id").asText() + "(1.0)",
                components.at("/attributeList/attributes/1/localRepresentation/enumeration").asText());
    }
}
