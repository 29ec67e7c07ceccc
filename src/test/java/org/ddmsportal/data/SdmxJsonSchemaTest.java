package org.ddmsportal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.data.SdmxWriter;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.Observation;
import org.ddmsportal.domain.data.ObservationStatus;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.LocalizedName;
import org.junit.jupiter.api.Test;

/**
 * The SDMX-JSON data messages of {@code /api/indicators/{code}/data.json} against the official
 * SDMX-JSON 2.0.0 data-message schema (copied from sdmx-twg/sdmx-json at tag v2.0.0 into
 * {@code src/test/resources/standards/sdmx-json-2.0.0}).
 */
class SdmxJsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Country SERBIA = new Country("RS", "SRB", "688", new LocalizedName("Serbia", "Serbie", "Сербия"), true);

    /**
     * The official schema. Its {@code $schema} is the unversioned "http://json-schema.org/schema#",
     * which names no draft (a validator would try to fetch it); it uses draft-04 keywords
     * ({@code id}, {@code definitions}), so it is read as draft 4 with that one member removed.
     */
    static Schema officialSchema() throws IOException {
        return official("sdmx-json-data-schema.json", SpecificationVersion.DRAFT_4, "id");
    }

    /**
     * One of the official SDMX-JSON 2.0.0 schemas in {@code standards/}, read as {@code draft}
     * (their {@code $schema} names none: it is removed), placed at the address its {@code idMember} gives.
     */
    static Schema official(String file, SpecificationVersion draft, String idMember) throws IOException {
        try (InputStream in = SdmxJsonSchemaTest.class.getResourceAsStream("/standards/sdmx-json-2.0.0/" + file)) {
            ObjectNode schema = (ObjectNode) JSON.readTree(in);
            assertEquals("http://json-schema.org/schema#", schema.remove("$schema").asText());
            return SchemaRegistry.withDefaultDialect(draft)
                    .getSchema(com.networknt.schema.SchemaLocation.of(schema.get(idMember).asText()), schema);
        }
    }

    static List<Error> validate(JsonNode message) throws IOException {
        return officialSchema().validate(message);
    }

    private static JsonNode message(Indicator indicator, List<Observation> observations, Map<String, String> names)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SdmxWriter.json(indicator, observations, names, java.util.Locale.ENGLISH, "https://ddms.example.org/api/structure/dataflow/DDMS/DF_LOCAL_INDICATORS/1.0", out);
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void aMessageWithPercentDotsInCodesAndEveryPeriodFormIsValid() throws IOException {
        Indicator indicator = new Indicator("CITY-PT.ACCESS", new LocalizedName("Access", "Accès", "Доступ"), "%", SERBIA);
        List<Observation> observations = List.of(
                new Observation("CITY-PT.ACCESS", "RS11", "2024", new BigDecimal("78.2"), ObservationStatus.FINAL),
                new Observation("CITY-PT.ACCESS", "RS11", "2024-Q1", new BigDecimal("77"), ObservationStatus.PROVISIONAL),
                new Observation("CITY-PT.ACCESS", "RS12", "2024-03-15T10:00:00+01:00", new BigDecimal("1"), ObservationStatus.FINAL),
                new Observation("CITY-PT.ACCESS", "3064011", "2024-01-01/P1Y", new BigDecimal("2.5"), ObservationStatus.FINAL));
        JsonNode message = message(indicator, observations, Map.of("RS11", "Belgrade"));
        List<Error> errors = validate(message);
        assertTrue(errors.isEmpty(), () -> errors.toString());

        JsonNode structure = message.at("/data/structures/0");
        assertEquals("PT", structure.at("/attributes/observation/0/values/0/id").asText(), "% is CL_UNIT's PT");
        assertEquals("%", structure.at("/attributes/observation/0/values/0/name").asText());
        assertEquals("Belgrade", structure.at("/dimensions/observation/1/values/0/name").asText());
        assertEquals("CITY-PT.ACCESS", structure.at("/dimensions/observation/0/values/0/value").asText(),
                "a code outside IDType is given as a value");
        assertEquals("dataflow", message.at("/data/dataSets/0/links/0/rel").asText());
        assertEquals(SdmxWriter.JSON_SCHEMA, message.at("/meta/schema").asText());
        assertTrue(SdmxWriter.JSON_SCHEMA.endsWith("/v2.0.0/data-message/tools/schemas/2.0.0/sdmx-json-data-schema.json"),
                "meta.schema names the release the copy in standards/ comes from");
    }

    /** The indicator's name in the reader's language as name, and in the three as names; still valid. */
    @Test
    void theIndicatorIsNamedInTheReadersLanguageAndInEachOfThePortals() throws IOException {
        Indicator indicator = new Indicator("RS-ELEC-PC", new LocalizedName("Electricity", "Électricité", "Электричество"),
                "kWh", SERBIA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SdmxWriter.json(indicator, List.of(new Observation("RS-ELEC-PC", "RS11", "2024", new BigDecimal("1710"),
                ObservationStatus.FINAL)), Map.of(), java.util.Locale.FRENCH, null, out);
        JsonNode message = JSON.readTree(out.toByteArray());
        List<Error> errors = validate(message);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals("[\"en\",\"fr\",\"ru\"]", message.at("/meta/contentLanguages").toString());
        JsonNode structure = message.at("/data/structures/0");
        assertEquals("Électricité", structure.at("/name").asText());
        assertEquals("Электричество", structure.at("/names/ru").asText());
        JsonNode value = structure.at("/dimensions/observation/0/values/0");
        assertEquals("Électricité", value.at("/name").asText());
        assertEquals("Electricity", value.at("/names/en").asText());
        assertEquals("1710", message.at("/data/dataSets/0/observations/0:0:0/0").toString(), "a number without exponent");
    }

    @Test
    void anEmptyMessageIsValidToo() throws IOException {
        Indicator indicator = new Indicator("RS-ELEC-PC", new LocalizedName("Electricity", "Électricité", "Электричество"),
                "kWh", SERBIA);
        JsonNode message = message(indicator, List.of(), Map.of());
        List<Error> errors = validate(message);
        assertTrue(errors.isEmpty(), errors::toString);
        assertEquals(0, message.at("/data/dataSets").size());
    }

    @Test
    void theSchemaCatchesWhatTheIssueFound() throws IOException {
        Indicator indicator = new Indicator("RS-ELEC-PC", new LocalizedName("Electricity", "Électricité", "Электричество"),
                "kWh", SERBIA);
        ObjectNode message = (ObjectNode) message(indicator, List.of(
                new Observation("RS-ELEC-PC", "RS11", "2024", BigDecimal.TEN, ObservationStatus.FINAL)), Map.of());
        assertTrue(validate(message).isEmpty());
        ((ObjectNode) message.at("/data/dataSets/0")).remove("links");
        assertTrue(!validate(message).isEmpty(), "the validator really validates: dataSets[].links is required");
    }
}
