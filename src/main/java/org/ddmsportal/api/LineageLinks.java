package org.ddmsportal.api;

import org.ddmsportal.application.lineage.Lineage;

/** Where each kind of lineage node is shown in the portal: its view page, without extension as every address the portal gives out (paths relative to the context root). */
public final class LineageLinks {

    private LineageLinks() {
    }

    public static String href(Lineage.Node node) {
        String folder = switch (node.kind()) {
            case PARTNERSHIP -> "partnerships";
            case AGREEMENT -> "agreements";
            case DATASET -> "datasets";
            case INDICATOR -> "indicators";
            case PILOT -> "pilots";
            case DECISION -> "decisions";
        };
        return "/app/" + folder + "/view?id=" + node.id();
    }
}
