package org.ddmsportal.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.ddmsportal.application.agreement.AgreementOdrl;
import org.ddmsportal.application.agreement.OdrlProfile;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.DataSharingTerms;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ODRL twin read as RDF (Jena) and checked against the official vocabularies kept in
 * {@code standards/}: ODRL 2.2 ({@code odrl-2.2/ODRL22.ttl}) and DPV 2.2 ({@code dpv-2.2/dpv.ttl}), plus the
 * portal's own profile for the one term ODRL lacks.
 */
class AgreementOdrlTest {

    private static final String PORTAL = "https://ddms.example.org";
    private static final String ODRL = AgreementOdrl.ODRL;
    private static final String DPV = AgreementOdrl.DPV;

    private static Model odrlVocabulary;
    private static Model dpvVocabulary;
    private static Model profile;

    @BeforeAll
    static void vocabularies() {
        odrlVocabulary = RDFDataMgr.loadModel("standards/odrl-2.2/ODRL22.ttl");
        dpvVocabulary = RDFDataMgr.loadModel("standards/dpv-2.2/dpv.ttl");
        profile = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(OdrlProfile.turtle(PORTAL))).lang(Lang.TURTLE).parse(profile);
    }

    private static Model policy(Agreement a) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(AgreementOdrl.jsonLd(a, PORTAL))).lang(Lang.JSONLD).parse(m);
        return m;
    }

    private static Set<String> terms(Model m, String namespace) {
        Set<String> used = new TreeSet<>();
        for (Statement s : m.listStatements().toList()) {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(namespace)) {
                    used.add(n.asResource().getURI());
                }
            }
        }
        return used;
    }

    private static boolean defined(Model vocabulary, String iri) {
        return vocabulary.contains(vocabulary.createResource(iri), RDF.type, (RDFNode) null);
    }

    @Test
    void everyOdrlAndDpvTermIsInTheOfficialVocabularies() {
        for (Agreement a : List.of(AgreementFixtures.full(), withPersonalDataAndNoPublication())) {
            Model m = policy(a);
            Set<String> odrl = terms(m, ODRL);
            Set<String> dpv = terms(m, DPV);
            assertTrue(odrl.size() > 15 && dpv.size() > 8, odrl + " " + dpv);
            assertEquals(Set.of(), odrl.stream().filter(t -> !defined(odrlVocabulary, t)).collect(java.util.stream.Collectors.toSet()));
            assertEquals(Set.of(), dpv.stream().filter(t -> !defined(dpvVocabulary, t)).collect(java.util.stream.Collectors.toSet()));
            for (String portalTerm : terms(m, OdrlProfile.namespace(PORTAL))) {
                assertTrue(profile.contains(profile.createResource(portalTerm), RDF.type,
                        profile.createResource(ODRL + "LeftOperand")), portalTerm + " is declared by the profile");
            }
        }
    }

    @Test
    void aConflictStrategyIsDeclaredAndNoPermissionAndProhibitionShareActionAndTargetUnconstrained() {
        Model m = policy(AgreementFixtures.full());
        Resource p = m.createResource(AgreementOdrl.policyIri(PORTAL, "RS-2026-0001"));
        assertTrue(m.contains(p, RDF.type, m.createResource(ODRL + "Agreement")));
        assertTrue(m.contains(p, m.createProperty(ODRL + "conflict"), m.createResource(ODRL + "prohibit")));
        assertTrue(m.contains(p, m.createProperty(ODRL + "profile"), m.createResource(OdrlProfile.iri(PORTAL))));

        List<Resource> permissions = objects(m, p, "permission");
        List<Resource> prohibitions = objects(m, p, "prohibition");
        assertFalse(prohibitions.isEmpty());
        List<String> overlaps = new ArrayList<>();
        for (Resource allowed : permissions) {
            for (Resource denied : prohibitions) {
                if (same(m, allowed, denied, "action") && same(m, allowed, denied, "target")) {
                    // the same action on the same target: both must be constrained, and the policy says who wins
                    if (objects(m, allowed, "constraint").isEmpty() || objects(m, denied, "constraint").isEmpty()) {
                        overlaps.add(allowed + " / " + denied);
                    }
                }
            }
        }
        assertEquals(List.of(), overlaps);
        // the prohibition names purposes, and they are DPV purposes
        Resource use = prohibitions.stream().filter(r -> r.hasProperty(m.createProperty(ODRL + "action"),
                m.createResource(ODRL + "use"))).findFirst().orElseThrow();
        Resource constraint = objects(m, use, "constraint").get(0);
        assertTrue(constraint.hasProperty(m.createProperty(ODRL + "leftOperand"), m.createResource(ODRL + "purpose")));
        assertTrue(m.listObjectsOfProperty(constraint, m.createProperty(ODRL + "rightOperand")).toList()
                .contains(m.createResource(DPV + "CommercialPurpose")));
    }

    @Test
    void retentionIsAnXsdDurationAndTheMinimumCellCountIsTheProfilesLeftOperand() {
        Model m = policy(AgreementFixtures.full());
        List<Literal> elapsed = new ArrayList<>();
        m.listSubjectsWithProperty(m.createProperty(ODRL + "leftOperand"), m.createResource(ODRL + "elapsedTime"))
                .forEach(c -> elapsed.add(c.getProperty(m.createProperty(ODRL + "rightOperand")).getLiteral()));
        assertEquals(1, elapsed.size());
        assertEquals("P5Y", elapsed.get(0).getLexicalForm());
        assertEquals(XSDDatatype.XSDduration.getURI(), elapsed.get(0).getDatatypeURI());

        Resource cells = m.listSubjectsWithProperty(m.createProperty(ODRL + "leftOperand"),
                m.createResource(OdrlProfile.namespace(PORTAL) + "minimumCellCount")).next();
        assertEquals(10, cells.getProperty(m.createProperty(ODRL + "rightOperand")).getInt());
        assertFalse(m.contains(null, m.createProperty(ODRL + "leftOperand"), m.createResource(ODRL + "count")));
    }

    @Test
    void policyAndPartiesAreIrisUnderThePolicysOwnUrl() {
        Model m = policy(AgreementFixtures.full());
        String policyIri = PORTAL + "/api/agreements/RS-2026-0001/odrl";
        Set<String> parties = new TreeSet<>();
        for (String p : List.of("assigner", "assignee")) {
            m.listObjectsOfProperty(m.createProperty(ODRL + p)).forEach(n -> parties.add(n.asResource().getURI()));
        }
        assertEquals(Set.of(policyIri + "#party-RS-SORS", policyIri + "#party-RS-BEG", policyIri + "#party-RS-EPS"),
                parties);
        m.listObjectsOfProperty(m.createProperty(ODRL + "target"))
                .forEach(n -> assertEquals(policyIri + "#data", n.asResource().getURI()));
    }

    /**
     * The legal bases and kinds of personal data the form offers are DPV 2.2 concepts under
     * dpv:LegalBasis and dpv:PersonalData (skos:broader, transitively) in the official dpv.ttl.
     */
    @Test
    void theFormsDpvChoicesAreConceptsOfTheOfficialVocabulary() {
        for (var kind : org.ddmsportal.domain.agreement.LegalBasisKind.values()) {
            assertTrue(narrower(expand(kind.dpv()), DPV + "LegalBasis"), kind + " " + kind.dpv());
        }
        for (var kind : org.ddmsportal.domain.agreement.PersonalDataKind.values()) {
            assertTrue(narrower(expand(kind.dpv()), DPV + "PersonalData"), kind + " " + kind.dpv());
        }
    }

    @Test
    void theTwinTypesTheLegalBasisAndThePersonalDataWithTheChosenConcepts() {
        Model m = policy(withPersonalDataAndNoPublication());
        Resource p = m.createResource(AgreementOdrl.policyIri(PORTAL, "RS-2026-0001"));
        Resource basis = m.listObjectsOfProperty(p, m.createProperty(DPV + "hasLegalBasis")).next().asResource();
        assertTrue(basis.hasProperty(RDF.type, m.createResource(DPV + "PublicInterest")), basis.listProperties().toList().toString());
        Resource data = m.listObjectsOfProperty(p, m.createProperty(DPV + "hasPersonalData")).next().asResource();
        assertTrue(data.hasProperty(RDF.type, m.createResource(DPV + "PseudonymisedData")), data.listProperties().toList().toString());
    }

    private static String expand(String compact) {
        return DPV + compact.substring("dpv:".length());
    }

    /** {@code concept} is declared in dpv.ttl and is {@code top} or below it by skos:broader. */
    private static boolean narrower(String concept, String top) {
        if (!defined(dpvVocabulary, concept)) {
            return false;
        }
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(concept));
        Set<String> seen = new TreeSet<>();
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (c.equals(top)) {
                return true;
            }
            if (seen.add(c)) {
                dpvVocabulary.listObjectsOfProperty(dpvVocabulary.createResource(c),
                        org.apache.jena.vocabulary.SKOS.broader).forEach(o -> todo.push(o.asResource().getURI()));
            }
        }
        return false;
    }

    private static Agreement withPersonalDataAndNoPublication() {
        Agreement a = AgreementFixtures.full();
        DataSharingTerms t = a.getTerms().toBuilder().personalData(true, "Age band and municipality of residence")
                .personalDataKind(org.ddmsportal.domain.agreement.PersonalDataKind.PSEUDONYMISED)
                .publication(false, false).retention("18 mois", null).build();
        a.replaceTerms(t);
        return a;
    }

    private static List<Resource> objects(Model m, Resource s, String odrlProperty) {
        return m.listObjectsOfProperty(s, m.createProperty(ODRL + odrlProperty)).mapWith(RDFNode::asResource).toList();
    }

    private static boolean same(Model m, Resource a, Resource b, String odrlProperty) {
        return m.listObjectsOfProperty(a, m.createProperty(ODRL + odrlProperty)).toSet()
                .equals(m.listObjectsOfProperty(b, m.createProperty(ODRL + odrlProperty)).toSet());
    }
}
