package org.ddmsportal.api;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.ddmsportal.application.lineage.Lineage;
import org.ddmsportal.application.lineage.LineageService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.application.shared.NotFoundException;

/**
 * {@code GET /api/lineage/{kind}/{id}} (kind: partnership, agreement, dataset, indicator, pilot,
 * decision), signed in: the lineage the page draws, as JSON —
 * {@code {"start": "dataset-3", "nodes": [{"key", "kind", "id", "label", "href", "lapsed"}],
 * "edges": [{"from", "to"}]}}, with {@code "truncated": true} when the record is linked to more
 * records than a lineage shows ({@code LineageService.MAX_NODES}, the nearest kept).
 */
@Path("/lineage/{kind}/{id}")
public class LineageResource {

    @Inject
    LineageService lineage;

    @Inject
    CurrentActor currentActor;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get(@PathParam("kind") String kind, @PathParam("id") String id) {
        Lineage.Kind k;
        long key;
        try {
            k = Lineage.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
            key = Long.parseLong(id);
        } catch (IllegalArgumentException e) {
            return Response.status(404).build();
        }
        Lineage l;
        try {
            l = lineage.walk(currentActor.get(), k, key);
        } catch (NotFoundException e) {
            return Response.status(404).build();
        }
        JsonArrayBuilder nodes = Jsons.array();
        for (Lineage.Node n : l.nodes()) {
            JsonObjectBuilder o = Jsons.object().add("key", n.key())
                    .add("kind", n.kind().name().toLowerCase(Locale.ROOT)).add("id", n.id())
                    .add("label", n.label()).add("lapsed", n.lapsed());
            if (n.readable()) {
                o.add("href", LineageLinks.href(n));
            }
            nodes.add(o);
        }
        JsonArrayBuilder edges = Jsons.array();
        l.edges().forEach(e -> edges.add(Jsons.object().add("from", e.from().key()).add("to", e.to().key())));
        JsonObjectBuilder body = Jsons.object().add("start", l.start().key()).add("nodes", nodes)
                .add("edges", edges);
        if (l.truncated()) {
            body.add("truncated", true);
        }
        return Response.ok(body.build().toString()).build();
    }
}
