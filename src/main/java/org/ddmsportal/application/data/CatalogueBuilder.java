package org.ddmsportal.application.data;

import java.time.Instant;
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
import org.ddmsportal.domain.data.CatalogueEntry;
import org.ddmsportal.domain.data.CatalogueRepository;
import org.ddmsportal.domain.data.Dataset;

/**
 * Builds the portal's open data catalogue as a DCAT-AP 3 graph: one {@code dcat:Catalog}
 * published by the portal, one {@code dcat:Dataset} per <em>public</em> dataset (restricted and
 * confidential ones are never in it) with its publisher (the provider), period, frequency,
 * spatial coverage and one {@code dcat:Distribution} (access URL, format) whose
 * {@code odrl:hasPolicy} points at the governing agreement's machine-readable terms once it is
 * signed. Controlled values come from the EU vocabularies (frequency, file type, country,
 * language, data theme, licence, planned availability) and ADMS (publisher and licence types).
 *
 * <p>DCAT-AP 3.0.1's recommended properties are given where the portal knows them: the catalogue's
 * language, issue date, licence, spatial coverage and theme taxonomy; each dataset's contact
 * point (its provider), theme and distribution; each distribution's description, availability
 * and licence; each agent's type ({@link #PUBLISHER_TYPES}). Every dataset is in the theme
 * "Regions and cities" (REGI): the portal holds data for decisions at the local level. The
 * licence of the open data and of the catalogue is {@link #LICENCE} (CC BY 4.0), the portal's
 * stated terms for what it lists publicly. Locations are the EU country concepts with their
 * centroid and bounding box ({@link CountryGeometry}).
 */
public final class CatalogueBuilder {

    static final String ODRL = "http://www.w3.org/ns/odrl/2/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";

    static final String ADMS_PUBLISHER_TYPE = "http://purl.org/adms/publishertype/";
    /** The licence the portal states for its catalogue and the public datasets it lists. */
    public static final String LICENCE = EU + "licence/CC_BY_4_0";

    /**
     * Organisation types (V3__controlled_lists.sql) → ADMS publisher type
     * (http://purl.org/adms/publishertype, the vocabulary DCAT-AP names for dct:type of agents).
     */
    static final java.util.Map<String, String> PUBLISHER_TYPES = java.util.Map.of(
            "NSI", "NationalAuthority",
            "NSI_REGIONAL", "RegionalAuthority",
            "MUNICIPALITY", "LocalAuthority",
            "REGIONAL_GOV", "RegionalAuthority",
            "CHAMBER", "IndustryConsortium",
            "PRIVATE", "Company",
            "UTILITY", "Company",
            "ACADEMIC", "Academia-ScientificOrganisation",
            "NGO", "NonGovernmentalOrganisation",
            "INTERNATIONAL", "SupraNationalAuthority");

    private final String portalUrl;

    /** @param portalUrl the portal's public address, e.g. https://ddms.example.org (no trailing slash) */
    public CatalogueBuilder(String portalUrl) {
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    public String catalogueIri() {
        return portalUrl + "/api/catalogue";
    }

    public String datasetIri(long id) {
        return portalUrl + "/api/catalogue/datasets/" + id;
    }

    /**
     * Where a page of the catalogue is: the address it was asked at ({@code base}, e.g. the
     * portal's {@code /api/catalogue.ttl}), its number and the number of the last page.
     */
    public record View(String base, int page, int lastPage) {

        public View {
            if (page < 1 || page > lastPage) {
                throw new IllegalArgumentException("page " + page + " of " + lastPage);
            }
        }

        public String pageIri(int n) {
            return base + "?page=" + n;
        }
    }

    /** A catalogue of these datasets in one piece (the public ones among them), without paging. */
    public Model build(List<Dataset> datasets, LocalDate today) {
        List<CatalogueEntry> entries = datasets.stream().filter(Dataset::isPublic).map(CatalogueEntry::of).toList();
        Instant first = entries.stream().map(CatalogueEntry::createdAt).filter(java.util.Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
        List<CatalogueRepository.Country> countries = entries.stream()
                .map(e -> new CatalogueRepository.Country(e.countryAlpha3(), e.countryName())).distinct().toList();
        return build(entries, new CatalogueRepository.Summary(entries.size(), first, countries), null, today);
    }

    /**
     * One page of the catalogue: the catalogue as a whole (its description, the countries and
     * first date of <em>all</em> its datasets, how many there are) with the page's datasets, and,
     * when {@code view} is given, a {@code hydra:PartialCollectionView} linking the first,
     * previous, next and last pages — the paging DCAT-AP harvesters follow.
     */
    public Model build(List<CatalogueEntry> entries, CatalogueRepository.Summary summary, View view, LocalDate today) {
        Model m = prefixed();

        Resource portal = m.createResource(portalUrl + "/#publisher")
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(m.createProperty(FOAF + "name"), "DDMS Portal", "en")
                .addProperty(DCTerms.type, publisherType(m, "INTERNATIONAL"));
        Resource catalogue = m.createResource(catalogueIri())
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "DDMS Portal: data for local decisions", "en")
                .addProperty(DCTerms.description, "Public datasets that national statistical institutes, cities and"
                        + " their partners produce and share for data-driven decision-making at the local level.", "en")
                .addProperty(DCTerms.publisher, portal)
                .addProperty(m.createProperty(FOAF + "homepage"), document(m, portalUrl + "/"));
        catalogue.addProperty(DCTerms.modified, m.createTypedLiteral(today.toString(), XSDDatatype.XSDdate));
        catalogue.addProperty(DCTerms.language, m.createResource(EU + "language/ENG")
                .addProperty(RDF.type, DCTerms.LinguisticSystem));
        catalogue.addProperty(DCTerms.license, licence(m));
        catalogue.addProperty(DCAT.themeTaxonomy, m.createResource(EU + "data-theme")
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, "Data theme", "en"));
        for (CatalogueRepository.Country country : summary.countries()) {
            catalogue.addProperty(DCTerms.spatial, country(m, country.alpha3(), country.name()));
        }
        for (CatalogueEntry d : entries) {
            catalogue.addProperty(DCAT.dataset, dataset(m, d, today));
        }
        // issued: when the first dataset now listed was recorded
        LocalDate issued = summary.firstCreated() == null ? today
                : summary.firstCreated().atOffset(ZoneOffset.UTC).toLocalDate();
        catalogue.addProperty(DCTerms.issued, m.createTypedLiteral(
                (issued.isBefore(today) ? issued : today).toString(), XSDDatatype.XSDdate));
        if (view != null) {
            m.setNsPrefix("hydra", HYDRA);
            catalogue.addProperty(RDF.type, m.createResource(HYDRA + "Collection"));
            catalogue.addLiteral(m.createProperty(HYDRA + "totalItems"), m.createTypedLiteral(summary.publicDatasets()));
            Resource page = m.createResource(view.pageIri(view.page()))
                    .addProperty(RDF.type, m.createResource(HYDRA + "PartialCollectionView"))
                    .addProperty(m.createProperty(HYDRA + "first"), m.createResource(view.pageIri(1)))
                    .addProperty(m.createProperty(HYDRA + "last"), m.createResource(view.pageIri(view.lastPage())));
            if (view.page() > 1) {
                page.addProperty(m.createProperty(HYDRA + "previous"), m.createResource(view.pageIri(view.page() - 1)));
            }
            if (view.page() < view.lastPage()) {
                page.addProperty(m.createProperty(HYDRA + "next"), m.createResource(view.pageIri(view.page() + 1)));
            }
            catalogue.addProperty(m.createProperty(HYDRA + "view"), page);
        }
        return m;
    }

    /**
     * One dataset as its IRI ({@link #datasetIri}) answers: the {@code dcat:Dataset} with its
     * distribution, publisher and contact point, as the catalogue's pages describe it, and the
     * catalogue it is listed in ({@code dcat:catalog}… is the catalogue's; here
     * {@code dct:isPartOf}). A harvester or a script following an IRI of the catalogue lands here.
     */
    public Model dataset(CatalogueEntry entry, LocalDate today) {
        Model m = prefixed();
        dataset(m, entry, today).addProperty(DCTerms.isPartOf, m.createResource(catalogueIri()));
        return m;
    }

    private static Model prefixed() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT.NS);
        m.setNsPrefix("dct", DCTerms.NS);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("odrl", ODRL);
        m.setNsPrefix("vcard", VCARD4.NS);
        m.setNsPrefix("skos", SKOS.uri);
        return m;
    }

    private Resource dataset(Model m, CatalogueEntry d, LocalDate today) {
        String iri = datasetIri(d.id());
        Resource ds = m.createResource(iri)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, d.title(), "en")
                .addProperty(DCTerms.description, d.description() == null ? d.title() : d.description(), "en")
                .addProperty(DCTerms.identifier, iri)
                .addProperty(DCTerms.publisher, agent(m, d))
                .addProperty(DCTerms.accrualPeriodicity, concept(m, "frequency", d.periodicity().euFrequency(),
                        d.periodicity().name().toLowerCase(java.util.Locale.ROOT), DCTerms.Frequency))
                .addProperty(DCTerms.spatial, country(m, d.countryAlpha3(), d.countryName()))
                .addProperty(DCAT.theme, concept(m, "data-theme", "REGI", "Regions and cities", SKOS.Concept))
                .addProperty(DCAT.contactPoint, contactPoint(m, d));
        ds.addProperty(DCTerms.modified, m.createTypedLiteral(
                d.modifiedAt() == null ? today.toString() : d.modifiedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(),
                XSDDatatype.XSDdate));
        if (d.timeFrom() != null || d.timeTo() != null) {
            Resource period = m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime);
            if (d.timeFrom() != null) {
                period.addProperty(DCAT.startDate, m.createTypedLiteral(d.timeFrom().toString(), XSDDatatype.XSDdate));
            }
            if (d.timeTo() != null) {
                period.addProperty(DCAT.endDate, m.createTypedLiteral(d.timeTo().toString(), XSDDatatype.XSDdate));
            }
            ds.addProperty(DCTerms.temporal, period);
        }
        ds.addProperty(DCAT.keyword, d.sourceKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), "en");
        ds.addProperty(DCAT.distribution, distribution(m, d));
        return ds;
    }

    private Resource distribution(Model m, CatalogueEntry d) {
        String iri = datasetIri(d.id());
        // without an access URL of its own, the dataset's description (its IRI answers) is where to ask for it
        Resource dist = m.createResource(iri + "/distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.accessURL, m.createResource(d.accessUrl() == null ? iri : d.accessUrl()))
                .addProperty(DCTerms.title, d.title(), "en")
                .addProperty(DCTerms.description, d.description() == null ? d.title() : d.description(), "en")
                .addProperty(DCTerms.license, licence(m))
                .addProperty(m.createProperty("http://data.europa.eu/r5r/availability"),
                        concept(m, "planned-availability", "AVAILABLE", "available", SKOS.Concept));
        if (d.format() != null) {
            dist.addProperty(DCTerms.format, concept(m, "file-type", d.format().euFileType(),
                    d.format().euFileType(), DCTerms.MediaTypeOrExtent));
        }
        if (d.policyReference() != null) {
            dist.addProperty(m.createProperty(ODRL + "hasPolicy"),
                    m.createResource(portalUrl + "/api/agreements/" + d.policyReference() + "/odrl")
                            .addProperty(RDF.type, m.createResource(ODRL + "Policy")));
        }
        return dist;
    }

    private Resource agent(Model m, CatalogueEntry d) {
        return m.createResource(portalUrl + "/api/catalogue/agents/" + d.providerId())
                .addProperty(RDF.type, m.createResource(FOAF + "Agent"))
                .addProperty(m.createProperty(FOAF + "name"), d.providerName())
                .addProperty(DCTerms.type, publisherType(m, d.providerType() == null ? "" : d.providerType()));
    }

    /** The provider as a vCard organisation: its name and, where known, its web site. */
    private Resource contactPoint(Model m, CatalogueEntry d) {
        Resource card = m.createResource(portalUrl + "/api/catalogue/agents/" + d.providerId() + "#contact")
                .addProperty(RDF.type, VCARD4.Organization)
                .addProperty(RDF.type, VCARD4.Kind)
                .addProperty(VCARD4.fn, d.providerName());
        if (d.providerWebsite() != null) {
            card.addProperty(VCARD4.hasURL, m.createResource(d.providerWebsite()));
        }
        return card;
    }

    private static Resource publisherType(Model m, String organisationType) {
        String type = PUBLISHER_TYPES.getOrDefault(organisationType, "NonGovernmentalOrganisation");
        return m.createResource(ADMS_PUBLISHER_TYPE + type)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.prefLabel, type, "en")
                .addProperty(SKOS.inScheme, m.createResource("http://purl.org/adms/publishertype/1.0"));
    }

    private static Resource licence(Model m) {
        return m.createResource(LICENCE)
                .addProperty(RDF.type, DCTerms.LicenseDocument)
                .addProperty(DCTerms.type, m.createResource("http://purl.org/adms/licencetype/Attribution")
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.prefLabel, "Attribution", "en"));
    }

    private static Resource country(Model m, String alpha3, String name) {
        Resource location = concept(m, "country", alpha3, name, DCTerms.Location);
        CountryGeometry.of(alpha3).ifPresent(g -> {
            var wkt = org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(CountryGeometry.WKT_LITERAL);
            location.removeAll(DCAT.centroid).removeAll(DCAT.bbox)
                    .addProperty(DCAT.centroid, m.createTypedLiteral(g.centroidWkt(), wkt))
                    .addProperty(DCAT.bbox, m.createTypedLiteral(g.bboxWkt(), wkt));
        });
        return location;
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
