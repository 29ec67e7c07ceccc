package org.ddmsportal.api.v1.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.ddmsportal.api.v1.organisations.OrganisationInput;
import org.ddmsportal.api.v1.partnerships.PartnershipInput;
import org.ddmsportal.application.shared.Jsons;
import org.junit.jupiter.api.Test;

/**
 * A body JSON-B cannot read is refused naming the field and what was expected there, in the shape
 * of the API's real records.
 */
class BodyShapeTest {

    /**
     * The refusal of a body JSON-B could not read into a partnership, as {@link StrictJsonBodies}
     * makes it (JSON-B's own refusal is Payara's; ApiPilotsDataReviewIT sends these bodies to it).
     */
    private static ApiException refusal(String body) {
        return StrictJsonBodies.refusal(body, PartnershipInput.class, null);
    }

    private static String field(ApiException e) {
        assertEquals(1, e.fieldErrors().size(), e.detailKey());
        return e.fieldErrors().get(0).field();
    }

    /** The body is refused at the field, with the detail of the key; the refusal, for more. */
    private static ApiException refused(String body, String field, String key) {
        ApiException e = refusal(body);
        assertEquals(ProblemKind.MALFORMED_BODY, e.kind(), body);
        assertEquals(field, field(e), body);
        assertEquals("api.problem.malformedBody." + key, e.detailKey(), body);
        return e;
    }

    @Test
    void aCodeNotOfItsListIsRefusedNamingTheFieldAndTheChoices() {
        ApiException e = refused("{\"title\":\"x\",\"type\":\"BOGUS\"}", "type", "choice");
        String detail = ApiTexts.text(Locale.ENGLISH, e.detailKey(), e.arguments());
        assertTrue(detail.startsWith("One of ") && detail.endsWith(", not \"BOGUS\"."), detail);
        assertTrue(detail.contains("STRATEGIC, DATA_SHARING, JOINT_ANALYTICS"), detail);
    }

    @Test
    void aPlaceInsideAListAndANestedRecordIsNamedByItsPath() {
        ApiException e = refused("{\"leadResources\":[\"SKILLS\",\"NOPE\"]}", "leadResources[1]", "choice");
        assertTrue(ApiTexts.text(Locale.ENGLISH, e.detailKey(), e.arguments()).contains("STATISTICAL_DATA, GEOSPATIAL_DATA"));

        e = refused("{\"partners\":[{\"organisationId\":3},{\"organisationId\":\"7\"}]}", "partners[1].organisationId", "number");
        assertEquals("\"7\"", e.arguments()[0]);

        refused("{\"partners\":[{\"resources\":[\"SKILLS\",5]}]}", "partners[0].resources[1]", "text");
    }

    @Test
    void aDateAListAndAnObjectAreAskedForAsSuch() {
        ApiException e = refused("{\"startDate\":\"2026-13-45\"}", "startDate", "date");
        assertEquals("Une date écrite aaaa-mm-jj était attendue, pas \"2026-13-45\".",
                ApiTexts.text(Locale.FRENCH, e.detailKey(), e.arguments()));
        refused("{\"domainCodes\":\"MOBILITY\"}", "domainCodes", "list");
        refused("{\"partners\":[7]}", "partners[0]", "object");
        refused("[1,2]", BodyShape.BODY, "object");
    }

    @Test
    void theStrictReadingsRefusalsAreNamedToo() {
        refused("{\"leadId\":1.9}", "leadId", "number");
        refused("{\"title\":{\"a\":1}}", "title", "text");
        refused("{\"notes\":\"a\\u001bb\"}", "notes", "control");
    }

    @Test
    void aBodyOfTheRightShapeHasNoMismatchAndPropertiesTheRecordLacksArePassedOver() {
        String body = "{\"title\":\"x\",\"leadId\":2.0,\"type\":\"STRATEGIC\",\"leadResources\":[\"SKILLS\"],"
                + "\"partners\":[{\"organisationId\":3,\"role\":null,\"resources\":[]}],\"startDate\":\"2026-03-01\","
                + "\"id\":5,\"links\":{\"self\":\"x\"},\"version\":\"anything\"}";
        assertTrue(BodyShape.find(Jsons.reader(new StringReader(body)).readValue(), PartnershipInput.class).isEmpty());
        assertTrue(BodyShape.find(JsonValue.NULL, PartnershipInput.class).isEmpty());
    }

    /** JSON-B takes "45.2" for a decimal: not refused here, so the refusal it did meet is the one named. */
    @Test
    void theRefusalJsonbMetIsNamedNotAnEarlierValueItTook() {
        String body = "{\"name\":\"x\",\"latitude\":\"45.2\",\"website\":5}";
        ApiException met = StrictJsonb.refused("api.problem.malformedBody.text", Jsons.reader(new StringReader("5")).readValue());
        ApiException e = StrictJsonBodies.refusal(body, OrganisationInput.class, met);
        assertEquals("website", field(e));
        assertEquals("api.problem.malformedBody.text", e.detailKey());
        assertTrue(BodyShape.find(Jsons.reader(new StringReader("{\"latitude\":\"45.2\"}")).readValue(),
                OrganisationInput.class).isEmpty(), "a decimal in quotes is what JSON-B reads");
        refused("{\"title\":\"x\",\"leadId\":\"x\"}", "leadId", "number");
    }

    @Test
    void whereNoPlaceIsFoundTheRefusalJsonbMetStands() {
        ApiException met = new ApiException(ProblemKind.MALFORMED_BODY, "api.problem.malformedBody.trailing");
        assertEquals(met, StrictJsonBodies.refusal("{\"title\":\"x\"}", PartnershipInput.class, met));
        assertEquals("api.problem.malformedBody.detail",
                StrictJsonBodies.refusal("{\"title\":", PartnershipInput.class, null).detailKey());
        assertEquals(List.of(), StrictJsonBodies.refusal("{\"title\":", PartnershipInput.class, null).fieldErrors());
    }
}
