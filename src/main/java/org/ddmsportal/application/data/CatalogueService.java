package org.ddmsportal.application.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ddmsportal.domain.data.DatasetRepository;

/** The open DCAT-AP 3 catalogue of public datasets, in Turtle or JSON-LD. Public: no sign-in. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogueService {

    @Inject
    DatasetRepository datasets;

    @Inject
    @ConfigProperty(name = "app.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    public void write(OutputStream out, boolean jsonLd) {
        var model = new CatalogueBuilder(portalUrl).build(datasets.publicDatasets(), LocalDate.now());
        RDFDataMgr.write(out, model, jsonLd ? Lang.JSONLD : Lang.TURTLE);
    }
}
