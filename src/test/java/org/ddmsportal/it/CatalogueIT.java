package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.ddmsportal.application.data.CatalogueService;
import org.ddmsportal.application.data.DatasetForm;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.SourceKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public catalogue's pages are written once per change of the portal's data: asked again, the
 * same bytes are given; a public dataset recorded through the portal is on the page asked for next.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject CatalogueService catalogue;
    @Inject DatasetService datasets;
    @Inject OrganisationService organisations;

    @Test
    void aPageIsWrittenOncePerChangeAndANewPublicDatasetIsOnTheNext() {
        long n = SEQUENCE.incrementAndGet();
        OrganisationForm org = new OrganisationForm();
        org.setName("Catalogue provider " + n);
        org.setCountryCode("RS");
        org.setTypeCode("UTILITY");
        long provider = organisations.create(Actors.ADMIN, org);

        CatalogueService.Written first = last(false);
        assertSame(first.body(), last(false).body(), "asked again without a change: the page kept");
        assertFalse(text(first).contains("Catalogued readings " + n));

        DatasetForm form = new DatasetForm();
        form.setTitle("Catalogued readings " + n);
        form.setProviderId(provider);
        form.setSourceKind(SourceKind.ADMINISTRATIVE);
        form.setConfidentiality(Confidentiality.PUBLIC);
        datasets.create(Actors.ADMIN, form);
        assertTrue(text(last(false)).contains("Catalogued readings " + n), "the change is on the next page asked for");
        assertTrue(text(last(true)).contains("Catalogued readings " + n), "in JSON-LD too");
    }

    /** The catalogue's last page (the newest datasets), in Turtle or JSON-LD. */
    private CatalogueService.Written last(boolean jsonLd) {
        CatalogueService.Written page1 = catalogue.written(1, "catalogue.ttl", jsonLd).orElseThrow();
        int last = page1.view().lastPage();
        return last == 1 ? page1 : catalogue.written(last, "catalogue.ttl", jsonLd).orElseThrow();
    }

    private static String text(CatalogueService.Written page) {
        return new String(page.body(), StandardCharsets.UTF_8);
    }
}
