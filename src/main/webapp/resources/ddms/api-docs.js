/*
 * The browsable view of the portal's OpenAPI document (/api-docs/): Swagger UI from its webjar,
 * started here rather than in an inline script, because the page's Content-Security-Policy allows
 * scripts from the portal only (SecurityHeadersFilter). The document's address is the container's
 * /openapi, named in the page's data-spec attribute.
 */
(function () {
    "use strict";
    var element = document.getElementById("swagger-ui");
    if (!element || typeof SwaggerUIBundle !== "function") {
        return;
    }
    window.ui = SwaggerUIBundle({
        url: element.getAttribute("data-spec"),
        domNode: element,
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: "BaseLayout",
        tryItOutEnabled: false,
        persistAuthorization: false
    });
}());
