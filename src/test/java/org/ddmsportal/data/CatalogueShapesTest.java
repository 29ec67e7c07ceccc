package org.ddmsportal.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.graph.Graph;
import org.ddmsportal.application.data.CatalogueBuilder;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The open catalogue conforms to the official DCAT-AP 3.0.1 SHACL shapes (src/test/resources/standards), in
 * both serialisations, and never lists a restricted or confidential dataset.
 */
class CatalogueShapesTest {

    static Model catalogue() {
        Dataset open = DataFixtures.dataset(11, "Household electricity consumption", DataFixtures.EPS, Confidentiality.PUBLIC);
        open.governBy(DataFixtures.agreement(Agreement.ACTIVE, LocalDate.of(2028, 12, 31)));
        Dataset secret = DataFixtures.dataset(12, "Smart-meter readings per household", DataFixtures.EPS,
                Confidentiality.CONFIDENTIAL);
        Dataset restricted = DataFixtures.dataset(13, "Tax records", DataFixtures.BELGRADE, Confidentiality.RESTRICTED);
        Dataset survey = DataFixtures.dataset(14, "Household budget survey", DataFixtures.SORS, Confidentiality.PUBLIC);
        return new CatalogueBuilder("https://ddms.example.org").build(List.of(open, secret, restricted, survey),
                LocalDate.of(2026, 11, 24));
    }

    @Test
    void theCatalogueConformsToDcatAp3() {
        assertConforms(catalogue().getGraph());
    }

    /**
     * The recommended shapes too. What is left is known and stated: the EU country concepts used
     * as dct:Location have no dcat:bbox / dcat:centroid (the portal holds no country geometry).
     */
    @Test
    void theCatalogueHasDcatAp3RecommendedProperties() {
        List<String> warnings = DcatShapes.warnings(catalogue().getGraph());
        List<String> others = warnings.stream()
                .filter(w -> !(w.startsWith("http://publications.europa.eu/resource/authority/country/")
                        && (w.contains("dcat#bbox") || w.contains("dcat#centroid"))))
                .toList();
        assertEquals(List.of(), others);
        assertEquals(2, warnings.size(), () -> String.join("\n", warnings));
    }

    @Test
    void turtleAndJsonLdBothConformAndCarryTheSameGraph() {
        Model model = catalogue();
        StringWriter turtle = new StringWriter();
        RDFDataMgr.write(turtle, model, Lang.TURTLE);
        StringWriter jsonld = new StringWriter();
        RDFDataMgr.write(jsonld, model, Lang.JSONLD);
        Model fromTurtle = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(turtle.toString())).lang(Lang.TURTLE).parse(fromTurtle);
        Model fromJsonLd = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(jsonld.toString())).lang(Lang.JSONLD).parse(fromJsonLd);
        assertConforms(fromTurtle.getGraph());
        assertConforms(fromJsonLd.getGraph());
        assertTrue(fromTurtle.isIsomorphicWith(fromJsonLd), "Turtle and JSON-LD differ");
    }

    @Test
    void onlyPublicDatasetsAreListedAndTheAgreementPolicyIsLinked() {
        String turtle = write(catalogue());
        assertTrue(turtle.contains("Household electricity consumption"));
        assertTrue(turtle.contains("Household budget survey"));
        assertFalse(turtle.contains("Smart-meter readings"), "a confidential dataset is in the catalogue");
        assertFalse(turtle.contains("Tax records"), "a restricted dataset is in the catalogue");
        assertTrue(turtle.contains("https://ddms.example.org/api/agreements/RS-2026-0001/odrl"));
        assertEquals(2, catalogue().listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.vocabulary.DCAT.Dataset).toList().size());
    }

    static String write(Model model) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString();
    }

    static void assertConforms(Graph data) {
        assertEquals(0, DcatShapes.violations(data), "DCAT-AP 3.0.1 SHACL violations");
    }
}
