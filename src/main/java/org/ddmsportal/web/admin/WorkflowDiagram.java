package org.ddmsportal.web.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowDefinition;

/**
 * Draws a workflow as SVG: states in columns by their distance from the initial state, one arrow
 * per (transition, source state) with the transition's name. Text is escaped; labels come
 * translated through {@code label}.
 */
final class WorkflowDiagram {

    private static final int BOX_W = 150;
    private static final int BOX_H = 40;
    private static final int COL_GAP = 130;
    private static final int ROW_GAP = 60;
    private static final int MARGIN = 20;

    private WorkflowDiagram() {
    }

    static String svg(WorkflowDefinition workflow, UnaryOperator<String> stateLabel,
                      UnaryOperator<String> transitionLabel, String title) {
        Map<String, Integer> depth = depths(workflow);
        Map<Integer, List<String>> columns = new LinkedHashMap<>();
        for (String state : workflow.states()) {
            columns.computeIfAbsent(depth.getOrDefault(state, 0), k -> new ArrayList<>()).add(state);
        }
        Map<String, int[]> position = new HashMap<>();
        int maxRows = 1;
        for (var column : columns.entrySet()) {
            List<String> states = column.getValue();
            maxRows = Math.max(maxRows, states.size());
            for (int row = 0; row < states.size(); row++) {
                position.put(states.get(row), new int[] {MARGIN + column.getKey() * (BOX_W + COL_GAP),
                        MARGIN + row * (BOX_H + ROW_GAP)});
            }
        }
        int width = 2 * MARGIN + columns.size() * (BOX_W + COL_GAP) - COL_GAP;
        int height = 2 * MARGIN + maxRows * (BOX_H + ROW_GAP) - ROW_GAP + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ddms-diagram\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" aria-label=\"").append(escape(title)).append("\">")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\""
                        + " fill=\"#1b1f24\"/></marker></defs>");
        StringBuilder labels = new StringBuilder();
        for (Transition t : workflow.transitions()) {
            for (String from : t.from()) {
                int[] a = position.get(from);
                int[] b = position.get(t.to());
                if (a == null || b == null) {
                    continue;
                }
                int x1 = a[0] + BOX_W / 2;
                int y1 = a[1] + BOX_H / 2;
                int x2 = b[0] + BOX_W / 2;
                int y2 = b[1] + BOX_H / 2;
                // end the arrow at the target box's edge
                double dx = x2 - x1;
                double dy = y2 - y1;
                double scale = Math.min(Math.abs(dx) < 1 ? Double.MAX_VALUE : (BOX_W / 2.0) / Math.abs(dx),
                        Math.abs(dy) < 1 ? Double.MAX_VALUE : (BOX_H / 2.0) / Math.abs(dy));
                int ex = (int) (x2 - dx * scale);
                int ey = (int) (y2 - dy * scale);
                int sx = (int) (x1 + dx * scale);
                int sy = (int) (y1 + dy * scale);
                // a back edge curves below, so it does not hide the forward one
                boolean back = depth.getOrDefault(t.to(), 0) <= depth.getOrDefault(from, 0);
                int cx = (x1 + ex) / 2;
                int cy = (y1 + ey) / 2 + (back ? 45 : 0);
                svg.append("<path d=\"M ").append(x1).append(' ').append(y1).append(" Q ").append(cx).append(' ')
                        .append(cy).append(' ').append(ex).append(' ').append(ey)
                        .append("\" fill=\"none\" stroke=\"#4a5561\" stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>");
                labels.append("<text x=\"").append((sx + ex) / 2).append("\" y=\"").append((sy + ey) / 2 + (back ? 30 : -6))
                        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#1b1f24\">")
                        .append(escape(transitionLabel.apply(t.name()))).append("</text>");
            }
        }
        // labels last, so no box hides them
        for (String state : workflow.states()) {
            int[] p = position.get(state);
            boolean initial = state.equals(workflow.initial());
            boolean end = workflow.isFinal(state);
            svg.append("<rect x=\"").append(p[0]).append("\" y=\"").append(p[1]).append("\" width=\"").append(BOX_W)
                    .append("\" height=\"").append(BOX_H).append("\" rx=\"8\" fill=\"")
                    .append(end ? "#e7f1fb" : initial ? "#e3f4e8" : "#ffffff")
                    .append("\" stroke=\"#0b4f8a\" stroke-width=\"").append(end || initial ? 2.5 : 1.5).append("\"/>");
            svg.append("<text x=\"").append(p[0] + BOX_W / 2).append("\" y=\"").append(p[1] + BOX_H / 2 + 5)
                    .append("\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"600\" fill=\"#1b1f24\">")
                    .append(escape(stateLabel.apply(state))).append("</text>");
        }
        return svg.append(labels).append("</svg>").toString();
    }

    private static Map<String, Integer> depths(WorkflowDefinition workflow) {
        Map<String, Integer> depth = new HashMap<>();
        depth.put(workflow.initial(), 0);
        List<String> queue = new ArrayList<>(List.of(workflow.initial()));
        while (!queue.isEmpty()) {
            String state = queue.remove(0);
            for (Transition t : workflow.leaving(state)) {
                if (!depth.containsKey(t.to())) {
                    depth.put(t.to(), depth.get(state) + 1);
                    queue.add(t.to());
                }
            }
        }
        return depth;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
