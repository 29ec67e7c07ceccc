package org.ddmsportal.application.data;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.organisation.Organisation;

/**
 * Builds the portal's open data catalogue as a DCAT-AP 3 graph: one {@code dcat:Catalog}
 * published by the portal, one {@code dcat:Dataset} per <em>public</em> dataset (restricted and
 * confidential ones are never in it) with its publisher (the provider), period, frequency,
 * spatial coverage and one {@code dcat:Distribution} (access URL, format) whose
 * {@code odrl:hasPolicy} points at the governing agreement's machine-readable terms once it is
 * signed. Controlled values come from the EU vocabularies (frequency, file type, country).
 */
public final class CatalogueBuilder {

    static final String ODRL = "http://www.w3.org/ns/odrl/2/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String EU = "http://publications.europa.eu/resource/authority/";

    private final String portalUrl;

    /** @param portalUrl the portal's public address, e.g. https://ddms.example.org (no trailing slash) */
    public CatalogueBuilder(String portalUrl) {
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    public String catalogueIri() {
        return portalUrl + "/api/catalogue";
    }

    public String datasetIri(Dataset d) {
        return portalUrl + "/api/catalogue/datasets/" + d.getId();
    }

    public Model build(List<Dataset> datasets, LocalDate today) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("odrl", ODRL);
        m.setNsPrefix("vcard", VCARD4.NS);
        m.setNsPrefix("skos", SKOS.uri);

        Resource portal = m.createResource(portalUrl + "/#publisher")
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(m.createProperty(FOAF + "name"), "DDMS Portal", "en");
        Resource catalogue = m.createResource(catalogueIri())
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "DDMS Portal: data for local decisions", "en")
                .addProperty(DCTerms.description, "Public datasets that national statistical institutes, cities and"
                        + " their partners produce and share for data-driven decision-making at the local level.", "en")
                .addProperty(DCTerms.publisher, portal)
                .addProperty(m.createProperty(FOAF + "homepage"), document(m, portalUrl + "/"));
        catalogue.addProperty(DCTerms.modified, m.createTypedLiteral(today.toString(), XSDDatatype.XSDdate));

        for (Dataset d : datasets) {
            if (!d.isPublic()) {
                continue;
            }
            catalogue.addProperty(DCAT.dataset, dataset(m, d, today));
        }
        return m;
    }

    private Resource dataset(Model m, Dataset d, LocalDate today) {
        Resource ds = m.createResource(datasetIri(d))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, d.getTitle(), "en")
                .addProperty(DCTerms.description, d.getDescription() == null ? d.getTitle() : d.getDescription(), "en")
                .addProperty(DCTerms.identifier, datasetIri(d))
                .addProperty(DCTerms.publisher, agent(m, d.getProvider()))
                .addProperty(DCTerms.accrualPeriodicity, concept(m, "frequency", d.getPeriodicity().euFrequency(),
                        d.getPeriodicity().name().toLowerCase(java.util.Locale.ROOT), DCTerms.Frequency))
                .addProperty(DCTerms.spatial, concept(m, "country", d.getCountry().getAlpha3(),
                        d.getCountry().nameIn(java.util.Locale.ENGLISH), DCTerms.Location));
        ds.addProperty(DCTerms.modified, m.createTypedLiteral(
                d.getModifiedAt() == null ? today.toString() : d.getModifiedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                XSDDatatype.XSDdate));
        if (d.getTimeFrom() != null || d.getTimeTo() != null) {
            Resource period = m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime);
            if (d.getTimeFrom() != null) {
                period.addProperty(DCAT.startDate, m.createTypedLiteral(d.getTimeFrom().toString(), XSDDatatype.XSDdate));
            }
            if (d.getTimeTo() != null) {
                period.addProperty(DCAT.endDate, m.createTypedLiteral(d.getTimeTo().toString(), XSDDatatype.XSDdate));
            }
            ds.addProperty(DCTerms.temporal, period);
        }
        ds.addProperty(DCAT.keyword, d.getSourceKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), "en");
        if (d.getAccessUrl() != null) {
            ds.addProperty(DCAT.distribution, distribution(m, d, today));
        }
        return ds;
    }

    private Resource distribution(Model m, Dataset d, LocalDate today) {
        Resource dist = m.createResource(datasetIri(d) + "/distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.accessURL, m.createResource(d.getAccessUrl()))
                .addProperty(DCTerms.title, d.getTitle(), "en");
        if (d.getFormat() != null) {
            dist.addProperty(DCTerms.format, concept(m, "file-type", d.getFormat().euFileType(),
                    d.getFormat().euFileType(), DCTerms.MediaTypeOrExtent));
        }
        Agreement agreement = d.getAgreement();
        if (agreement != null && agreement.isDataSharing() && agreement.isFrozen()) {
            dist.addProperty(m.createProperty(ODRL + "hasPolicy"),
                    m.createResource(portalUrl + "/api/agreements/" + agreement.getReference() + "/odrl")
                            .addProperty(RDF.type, m.createResource(ODRL + "Policy")));
        }
        return dist;
    }

    private Resource agent(Model m, Organisation o) {
        return m.createResource(portalUrl + "/api/catalogue/agents/" + o.getId())
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(m.createProperty(FOAF + "name"), o.getName());
    }

    private static Resource concept(Model m, String vocabulary, String code, String label, Resource type) {
        return m.createResource(EU + vocabulary + "/" + code)
                .addProperty(SKOS.prefLabel, label, "en")
                .addProperty(RDF.type, type)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, m.createResource(EU + vocabulary));
    }

    private static Resource document(Model m, String url) {
        return m.createResource(url).addProperty(RDF.type, m.createResource(FOAF + "Document"));
    }
}
