package org.ddmsportal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.Path;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ddmsportal.it.ApiClient;
import org.ddmsportal.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the portal serves (MicroProfile OpenAPI at {@code /openapi}) is valid —
 * swagger-parser reads it without a message — is titled, declares the bearer scheme and the
 * problem schema, and lists every path of every {@code /api/v1} resource class (found by
 * reflection, so a new resource is checked without touching this test); the browsable view is
 * served.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiOpenApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portalOnly();
    }

    @Test
    void theServedDocumentIsValidAndListsEveryV1Path() throws Exception {
        URI portal = URI.create(ApiClient.portal());
        String document = portal.resolve("/openapi").toString();
        HttpResponse<String> served = ApiClient.get(document, null, "Accept", "application/json");
        assertEquals(200, served.statusCode(), served.body());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(served.body(), null, options);
        // Payara adds a top-level "endpoints" map of its own (not an OpenAPI field); everything else must be clean
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages().stream()
                .filter(m -> !m.equals("attribute endpoints is unexpected")).toList();
        assertEquals(List.of(), messages, "parser messages");
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api);
        assertEquals("DDMS Portal API", api.getInfo().getTitle());
        assertNotNull(api.getComponents().getSecuritySchemes().get("bearer"));
        assertNotNull(api.getComponents().getSchemas().get("Problem"));

        Set<String> documented = new TreeSet<>();
        api.getPaths().keySet().stream().filter(p -> p.contains("/v1/"))
                .forEach(p -> documented.add(p.substring(p.indexOf("/v1/")).replaceAll("\\{[^}]+}", "{}")));
        List<String> missing = new ArrayList<>();
        for (String path : v1Paths()) {
            if (!documented.contains(path)) {
                missing.add(path);
            }
        }
        assertEquals(List.of(), missing, "documented: " + documented);

        // every response and body can hold its properties: Payara wrote maxProperties: 0 on each
        List<String> closed = new ArrayList<>();
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
                closed.add(name);
            }
        });
        assertEquals(List.of(), closed, "schemas declaring maxProperties: 0");
        // days and instants are the strings the JSON holds, not objects
        assertEquals("string date", typeAndFormat(api, "Activity", "heldOn"));
        assertEquals("string date-time", typeAndFormat(api, "Activity", "modifiedAt"));
        assertEquals("string date", typeAndFormat(api, "AgreementInput", "effectiveDate"));
        Files.writeString(new File(System.getProperty("java.io.tmpdir"), "ddms-openapi.json").toPath(), served.body());
    }

    @Test
    void theBrowsableViewIsServed() {
        HttpResponse<String> page = ApiClient.get(ApiClient.portal() + "/api-docs/", null, "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("swagger-ui-bundle.js"));
        assertTrue(page.body().contains("api-docs.js"));
        assertTrue(!page.body().contains("<script>"), "no inline script");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-eval"), csp);
        assertEquals(200, ApiClient.get(ApiClient.portal() + "/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js", null,
                "Accept", "*/*").statusCode());
        assertEquals(200, ApiClient.get(ApiClient.portal() + "/resources/ddms/api-docs.js", null, "Accept", "*/*")
                .statusCode());
    }

    /** A component's property as "type format", following a reference to another component. */
    private static String typeAndFormat(OpenAPI api, String component, String property) {
        io.swagger.v3.oas.models.media.Schema<?> schema = (io.swagger.v3.oas.models.media.Schema<?>) api.getComponents()
                .getSchemas().get(component).getProperties().get(property);
        assertNotNull(schema, component + "." + property);
        if (schema.get$ref() != null) {
            schema = api.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        return schema.getType() + " " + schema.getFormat();
    }

    /** Every {@code /v1/…} path of the API's resource classes, path parameters as {@code {}}. */
    static Set<String> v1Paths() throws Exception {
        Set<String> paths = new TreeSet<>();
        File root = new File(ApiOpenApiIT.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toPath().resolveSibling("classes").resolve("org/ddmsportal/api/v1").toFile();
        try (Stream<java.nio.file.Path> files = Files.walk(root.toPath())) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = root.toPath().getParent().getParent().getParent().getParent()
                        .relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name);
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    if (Stream.of(m.getAnnotations()).anyMatch(a -> a.annotationType()
                            .isAnnotationPresent(jakarta.ws.rs.HttpMethod.class))) {
                        Path sub = m.getAnnotation(Path.class);
                        String path = base.value() + (sub == null ? "" : (sub.value().startsWith("/") ? "" : "/") + sub.value());
                        paths.add(path.replaceAll("\\{[^}]+}", "{}").replaceAll("/$", ""));
                    }
                }
            }
        }
        assertTrue(paths.size() > 5, paths.toString());
        return paths;
    }
}
