package org.ddmsportal.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.ddmsportal.application.shared.Jsons;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where maps take their background tiles from: {@code app.map.tile-url} (a Leaflet URL template)
 * and {@code app.map.attribution}. Markers show without tiles (offline machines).
 */
@ApplicationScoped
public class MapSettings {

    @Inject
    @ConfigProperty(name = "app.map.tile-url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tileUrl;

    @Inject
    @ConfigProperty(name = "app.map.attribution", defaultValue = "© OpenStreetMap contributors")
    String attribution;

    public String tileUrl() {
        return tileUrl;
    }

    public String attribution() {
        return attribution;
    }

    /**
     * A map's configuration (portal.js {@code data-map}) without its points: the tiles, their
     * attribution, and the zoom buttons' names in the reader's language (Leaflet's are English).
     */
    public JsonObjectBuilder config() {
        return Jsons.object().add("tiles", tileUrl).add("attribution", attribution)
                .add("zoomIn", Texts.get("map.zoomIn")).add("zoomOut", Texts.get("map.zoomOut"));
    }
}
