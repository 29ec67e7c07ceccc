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

    /** The recommended shapes too: no warning at all (countries carry their centroid and bounding box). */
    @Test
    void theCatalogueHasDcatAp3RecommendedProperties() {
        List<String> warnings = DcatShapes.warnings(catalogue().getGraph());
        assertEquals(List.of(), warnings, () -> String.join("\n", warnings));
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

    /**
     * A catalogue larger than a page is served in pages: each page conforms on its own, carries
     * the whole catalogue's description (countries of all its datasets, total count) and Hydra
     * links to the first, previous, next and last pages; together the pages list every public
     * dataset exactly once. Past the last page there is nothing.
     */
    @Test
    void aCatalogueLargerThanAPageIsPagedAndEveryPageConforms() {
        List<Dataset> all = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            all.add(DataFixtures.dataset(100 + i, "Open dataset " + i, i % 2 == 0 ? DataFixtures.SORS : DataFixtures.EPS,
                    Confidentiality.PUBLIC));
        }
        all.get(0).governBy(DataFixtures.agreement(Agreement.ACTIVE, LocalDate.of(2028, 12, 31)));
        List<org.ddmsportal.domain.data.CatalogueEntry> entries = all.stream()
                .map(org.ddmsportal.domain.data.CatalogueEntry::of).toList();
        var repository = new org.ddmsportal.domain.data.CatalogueRepository() {
            @Override
            public Summary summary() {
                return new Summary(entries.size(), null, List.of(new Country("SRB", "Serbia")));
            }

            @Override
            public List<org.ddmsportal.domain.data.CatalogueEntry> page(int page, int size) {
                return entries.subList(Math.min(entries.size(), (page - 1) * size), Math.min(entries.size(), page * size));
            }

            @Override
            public java.util.Optional<org.ddmsportal.domain.data.CatalogueEntry> entry(long id) {
                return entries.stream().filter(e -> e.id() == id).findFirst();
            }
        };
        var service = new org.ddmsportal.application.data.CatalogueService(repository, "https://ddms.example.org", 3);
        java.util.Set<String> listed = new java.util.HashSet<>();
        String hydra = "http://www.w3.org/ns/hydra/core#";
        for (int n = 1; n <= 3; n++) {
            Model page = service.page(n, "catalogue.ttl").orElseThrow().model();
            assertConforms(page.getGraph());
            var datasets = page.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                    org.apache.jena.vocabulary.DCAT.Dataset).toList();
            assertEquals(n < 3 ? 3 : 1, datasets.size(), "page " + n);
            datasets.forEach(d -> assertTrue(listed.add(d.getURI()), "listed twice: " + d));
            var view = page.getResource("https://ddms.example.org/api/catalogue.ttl?page=" + n);
            assertTrue(view.hasProperty(org.apache.jena.vocabulary.RDF.type, page.getResource(hydra + "PartialCollectionView")));
            assertTrue(page.getResource("https://ddms.example.org/api/catalogue").hasProperty(page.createProperty(hydra, "view"), view));
            assertEquals("https://ddms.example.org/api/catalogue.ttl?page=1",
                    view.getPropertyResourceValue(page.createProperty(hydra, "first")).getURI());
            assertEquals("https://ddms.example.org/api/catalogue.ttl?page=3",
                    view.getPropertyResourceValue(page.createProperty(hydra, "last")).getURI());
            assertEquals(n < 3, view.hasProperty(page.createProperty(hydra, "next")), "next on page " + n);
            assertEquals(n > 1, view.hasProperty(page.createProperty(hydra, "previous")), "previous on page " + n);
            assertEquals(7, page.getResource("https://ddms.example.org/api/catalogue")
                    .getProperty(page.createProperty(hydra, "totalItems")).getLong());
        }
        assertEquals(7, listed.size());
        assertTrue(write(service.page(1, "catalogue.ttl").orElseThrow().model())
                .contains("https://ddms.example.org/api/agreements/RS-2026-0001/odrl"));
        assertTrue(service.page(4, "catalogue.ttl").isEmpty(), "past the last page");
        assertTrue(service.page(0, "catalogue.ttl").isEmpty());

        // each dataset's IRI answers with the dataset alone, which conforms too, distribution and all
        Model one = ModelFactory.createDefaultModel();
        RDFDataMgr.read(one, new java.io.ByteArrayInputStream(service.dataset(101, false).orElseThrow()), Lang.TURTLE);
        assertConforms(one.getGraph());
        var dataset = one.getResource("https://ddms.example.org/api/catalogue/datasets/101");
        assertTrue(dataset.hasProperty(org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.DCAT.Dataset));
        assertTrue(dataset.hasProperty(org.apache.jena.vocabulary.DCTerms.isPartOf, one.getResource("https://ddms.example.org/api/catalogue")));
        assertTrue(dataset.getPropertyResourceValue(org.apache.jena.vocabulary.DCAT.distribution)
                .hasProperty(org.apache.jena.vocabulary.DCAT.accessURL));
        assertEquals(1, one.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.vocabulary.DCAT.Dataset).toList().size());
        Model jsonLd = ModelFactory.createDefaultModel();
        RDFDataMgr.read(jsonLd, new java.io.ByteArrayInputStream(service.dataset(101, true).orElseThrow()), Lang.JSONLD);
        assertTrue(jsonLd.isIsomorphicWith(one), "the same description in JSON-LD");
        assertTrue(service.dataset(999, false).isEmpty(), "no such public dataset");
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
