package org.ddmsportal.application.lineage;

import java.util.List;

/**
 * The chain around one record: partnership → agreement → dataset → indicator → pilot → decision,
 * every node upstream and downstream of the start, and the links between them. {@code truncated}:
 * the start is linked to more records than a lineage shows, and only the nearest are here.
 */
public record Lineage(Node start, List<Node> nodes, List<Edge> edges, boolean truncated) {

    /** The kinds of node, in the chain's order (the diagram's columns). */
    public enum Kind { PARTNERSHIP, AGREEMENT, DATASET, INDICATOR, PILOT, DECISION }

    /** A record in the chain; {@code label} is empty when the user may not read it. */
    public record Node(Kind kind, long id, String label, boolean readable, boolean lapsed) {

        public String key() {
            return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id;
        }
    }

    /** An upstream → downstream link. */
    public record Edge(Node from, Node to) {
    }

    /** A record's identity, as edges name it. */
    public record Ref(Kind kind, long id) {
    }
}
