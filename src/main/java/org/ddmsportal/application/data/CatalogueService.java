package org.ddmsportal.application.data;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.ddmsportal.application.audit.ChangeMarks;
import org.ddmsportal.application.shared.MarkedCache;
import org.ddmsportal.application.shared.PortalAddress;
import org.ddmsportal.domain.data.CatalogueRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open DCAT-AP 3 catalogue of public datasets, in Turtle or JSON-LD, a page at a time.
 * Public: no sign-in.
 *
 * <p>Decision (issue 12): the catalogue used to be one RDF graph of every public dataset, built
 * from the entities — 87 s and 81.7 MB for 50,000 datasets, and the heap at its maximum while it
 * was built. Now a response is one page of at most {@link #pageSize} datasets, read by a
 * projection query over an id range ({@link CatalogueRepository}), with Hydra links to the other
 * pages (DCAT-AP allows a paged catalogue; harvesters follow {@code hydra:next}). Memory and
 * rows per request are bounded by the page size, whatever the size of the register.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueService {

    /** The largest page size that may be configured. */
    public static final int MAX_PAGE_SIZE = 5000;

    @Inject
    CatalogueRepository catalogue;

    @Inject
    PortalAddress portal;

    @Inject
    @ConfigProperty(name = "app.catalogue.page-size", defaultValue = "1000")
    int pageSize;

    @Inject
    Clock clock;

    public CatalogueService() {
    }

    /** A service over {@code catalogue}, outside the container (tests, tools), on the system clock. */
    public CatalogueService(CatalogueRepository catalogue, String portalUrl, int pageSize) {
        this.catalogue = catalogue;
        this.portal = PortalAddress.of(portalUrl);
        this.pageSize = pageSize;
        this.clock = Clock.systemDefaultZone();
    }

    /** A page of the catalogue as a graph, and where it sits among the others. */
    public record Page(Model model, CatalogueBuilder.View view) {
    }

    /** One page of the catalogue served at {@code path} (e.g. {@code catalogue.ttl}); empty past the last page. */
    public Optional<Page> page(int page, String path) {
        CatalogueRepository.Summary summary = catalogue.summary();
        int size = pageSize();
        int last = summary.pages(size);
        if (page < 1 || page > last) {
            return Optional.empty();
        }
        CatalogueBuilder builder = new CatalogueBuilder(portal.url());
        String base = builder.catalogueIri().substring(0, builder.catalogueIri().length() - "catalogue".length()) + path;
        CatalogueBuilder.View view = new CatalogueBuilder.View(base, page, last);
        return Optional.of(new Page(builder.build(catalogue.page(page, size), summary, view, LocalDate.now(clock)), view));
    }

    public int pageSize() {
        return Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    }

    public void write(Model page, OutputStream out, boolean jsonLd) {
        RDFDataMgr.write(out, page, jsonLd ? Lang.JSONLD : Lang.TURTLE);
    }

    /** A page of the catalogue written out, and where it sits among the others. */
    public record Written(byte[] body, CatalogueBuilder.View view) {
    }

    /**
     * The public dataset {@code id} described alone, written in Turtle or JSON-LD: what its IRI in
     * the catalogue answers; empty for a dataset that is not public or does not exist.
     */
    public Optional<byte[]> dataset(long id, boolean jsonLd) {
        return catalogue.entry(id).map(entry -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            write(new CatalogueBuilder(portal.url()).dataset(entry, LocalDate.now(clock)), out, jsonLd);
            return out.toByteArray();
        });
    }

    @Inject
    ChangeMarks marks;

    /**
     * Pages written, by (page, path, format), until the next change in the portal. Anyone may ask
     * for the catalogue as often as they like; a page of 1,000 datasets took 0.15 s to read, build
     * and write, so 16 harvesters at once kept the server busy. At most 16 pages of about 1.5 MB.
     */
    private MarkedCache<List<Object>, Optional<Written>> written;

    @PostConstruct
    void createCache() {
        written = marks.newCache(16);
    }

    /** {@link #page} written in Turtle or JSON-LD, kept until the portal's data change ({@link ChangeMarks}). */
    public Optional<Written> written(int page, String path, boolean jsonLd) {
        java.util.function.Supplier<Optional<Written>> make = () -> page(page, path).map(p -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            write(p.model(), out, jsonLd);
            return new Written(out.toByteArray(), p.view());
        });
        if (written == null || page < 1) {
            return make.get();   // outside the container (no change marks), or no such page: nothing kept
        }
        return written.get(List.of(page, path, jsonLd), marks.current(), make);
    }
}
