package org.ddmsportal.web.dashboards;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.shared.Html;
import org.ddmsportal.application.shared.Jsons;

/**
 * Chart.js configurations (for {@code p:chart}) of the dashboards' counts. Every chart on a
 * dashboard has a table beside it with the same numbers (its text alternative, and its links).
 */
final class DashboardCharts {

    static final String[] COLOURS = {"#1f5fa8", "#b3401f", "#2e7d32", "#6a1b9a", "#8d6e00", "#00695c",
        "#ad1457", "#37474f", "#4e342e", "#283593", "#558b2f", "#c62828"};

    private DashboardCharts() {
    }

    /** Up to this many bars, each keeps its label on a narrow screen. */
    static final int ALL_LABELS = 12;

    /** The longest line of an axis label, in characters: a longer one is written on several lines. */
    static final int LINE = 16;

    /**
     * An axis label on lines of at most {@value #LINE} characters, broken between words (Chart.js
     * draws an array as lines): tilted whole under a bar on a phone, "Соглашение об обмене данными
     * подписано" ran past the chart's left edge, its start cut off.
     */
    static JsonArrayBuilder lines(String label) {
        JsonArrayBuilder lines = Jsons.array();
        StringBuilder line = new StringBuilder();
        for (String word : label.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        return lines.add(line.toString());
    }

    /** One bar per label. */
    static String bars(List<String> labels, List<? extends Number> values, String seriesLabel, String axis) {
        return stacked(labels, Map.of(seriesLabel, values), axis, false);
    }

    /** Bars stacked by series (a series per status, category…), in the map's order. */
    static String stacked(List<String> labels, Map<String, ? extends List<? extends Number>> series, String axis,
                          boolean stack) {
        JsonArrayBuilder l = Jsons.array();
        labels.forEach(label -> l.add(lines(label)));
        JsonArrayBuilder datasets = Jsons.array();
        int n = 0;
        for (var e : series.entrySet()) {
            JsonArrayBuilder data = Jsons.array();
            for (Number v : e.getValue()) {
                data.add(v.doubleValue());
            }
            String colour = COLOURS[n++ % COLOURS.length];
            datasets.add(Jsons.object().add("label", e.getKey()).add("data", data)
                    .add("backgroundColor", colour).add("borderColor", colour));
        }
        // counts and days: whole steps on the axis (not 0.5 of a lesson)
        JsonObjectBuilder y = Jsons.object().add("beginAtZero", true).add("stacked", stack)
                .add("ticks", Jsons.object().add("precision", 0))
                .add("title", Jsons.object().add("display", true).add("text", axis));
        // every label of a short axis (the six stages, the eight GSBPM phases), upright if need be:
        // Chart.js left out every other one on a phone, a bar without its name
        JsonObjectBuilder x = Jsons.object().add("stacked", stack)
                .add("ticks", Jsons.object().add("autoSkip", labels.size() > ALL_LABELS).add("maxRotation", 90));
        // the chart fills its box (.ddms-chart-comparison), not a 2:1 shape that leaves half of it blank on a phone
        return Html.scriptJson(Jsons.object().add("type", "bar")
                .add("data", Jsons.object().add("labels", l).add("datasets", datasets))
                .add("options", Jsons.object().add("animation", false).add("maintainAspectRatio", false)
                        .add("scales", Jsons.object().add("x", x).add("y", y)))
                .build().toString());
    }

    /** A doughnut of parts, in the given colours. */
    static String doughnut(List<String> labels, List<? extends Number> values, List<String> colours) {
        JsonArrayBuilder l = Jsons.array();
        labels.forEach(l::add);
        JsonArrayBuilder data = Jsons.array();
        values.forEach(v -> data.add(v.doubleValue()));
        JsonArrayBuilder c = Jsons.array();
        colours.forEach(c::add);
        return Html.scriptJson(Jsons.object().add("type", "doughnut")
                .add("data", Jsons.object().add("labels", l).add("datasets", Jsons.array()
                        .add(Jsons.object().add("data", data).add("backgroundColor", c))))
                .add("options", Jsons.object().add("animation", false))
                .build().toString());
    }
}
