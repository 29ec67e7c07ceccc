package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.ddmsportal.application.data.CatalogueService;
import org.ddmsportal.application.data.DatasetForm;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.SourceKind;
import org.eclipse.microprofile.config.ConfigProvider;
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
        long provider = provider("Catalogue provider " + n);

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

    /**
     * A harvester follows the catalogue's IRIs: a public dataset's IRI and its distribution's
     * (the access URL of a dataset without one of its own) answer with its description, in the
     * format asked for by weight; a restricted dataset's is a 404 problem; what is negotiated
     * says Vary: Accept.
     */
    @Test
    void aDatasetsIriAnswersWithItsDescriptionAndNegotiationFollowsTheWeights() throws Exception {
        long n = SEQUENCE.incrementAndGet();
        long provider = provider("IRI provider " + n);
        DatasetForm form = new DatasetForm();
        form.setTitle("Dereferenced readings " + n);
        form.setProviderId(provider);
        form.setSourceKind(SourceKind.ADMINISTRATIVE);
        form.setConfidentiality(Confidentiality.PUBLIC);
        long open = datasets.create(Actors.ADMIN, form);
        form.setTitle("Restricted readings " + n);
        form.setConfidentiality(Confidentiality.RESTRICTED);
        long restricted = datasets.create(Actors.ADMIN, form);
        String base = ConfigProvider.getConfig().getValue("app.portal.url", String.class).replaceAll("/$", "") + "/api/catalogue";

        HttpResponse<String> turtle = get(base + "/datasets/" + open, "*/*");
        assertEquals(200, turtle.statusCode(), turtle.body());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(turtle.body().contains("Dereferenced readings " + n), turtle.body());
        assertTrue(turtle.headers().allValues("Vary").contains("Accept"), turtle.headers().map().toString());
        // the distribution's IRI, where the catalogue sends a harvester for the data, answers too
        String distribution = base + "/datasets/" + open + "/distribution";
        assertTrue(turtle.body().contains(distribution), turtle.body());
        assertEquals(200, get(distribution, "application/ld+json").statusCode());

        HttpResponse<String> jsonLd = get(base + "/datasets/" + open, "application/ld+json;q=0.5, text/turtle;q=0.1");
        assertTrue(jsonLd.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"),
                jsonLd.headers().map().toString());
        HttpResponse<String> page = get(base, "application/ld+json;q=0.5, text/turtle;q=0.1");
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"),
                "the catalogue follows the weights too: " + page.headers().map());
        assertTrue(page.headers().allValues("Vary").contains("Accept"));
        assertTrue(get(base, "text/turtle, application/ld+json").headers().firstValue("Content-Type").orElse("")
                .startsWith("text/turtle"));
        assertTrue(get(base, "text/turtle;q=0, */*").headers().firstValue("Content-Type").orElse("")
                .startsWith("application/ld+json"), "a type weighted 0 is refused, also through a wildcard");

        HttpResponse<String> hidden = get(base + "/datasets/" + restricted, null);
        assertEquals(404, hidden.statusCode());
        assertTrue(hidden.body().contains("not-found") && !hidden.body().contains("Restricted readings"), hidden.body());
        assertEquals(404, get(base + "/datasets/999999999", null).statusCode());
    }

    private long provider(String name) {
        OrganisationForm org = new OrganisationForm();
        org.setName(name);
        org.setCountryCode("RS");
        org.setTypeCode("UTILITY");
        return organisations.create(Actors.ADMIN, org);
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
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
