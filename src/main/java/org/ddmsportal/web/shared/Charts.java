package org.ddmsportal.web.shared;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.ddmsportal.application.data.ObservationStore;
import org.ddmsportal.application.shared.Html;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.data.Observation;

/** Chart.js configurations (for {@code p:chart}) of an indicator's observations. */
public final class Charts {

    private static final String[] COLOURS = {"#1f5fa8", "#b3401f", "#2e7d32", "#6a1b9a", "#8d6e00", "#00695c",
        "#ad1457", "#37474f", "#4e342e", "#283593", "#558b2f", "#c62828"};

    private Charts() {
    }

    /** One line per territory (at most 12), periods on the x axis; numbers written as in {@code locale}. */
    public static String series(List<Observation> observations, UnaryOperator<String> territoryName, String unit,
                                Locale locale) {
        TreeSet<String> periods = new TreeSet<>();
        Map<String, Map<String, Observation>> byTerritory = new LinkedHashMap<>();
        for (Observation o : observations) {
            periods.add(o.period());
            byTerritory.computeIfAbsent(o.territory(), t -> new LinkedHashMap<>()).put(o.period(), o);
        }
        JsonArrayBuilder labels = Jsons.array();
        periods.forEach(labels::add);
        JsonArrayBuilder datasets = Jsons.array();
        int n = 0;
        for (var entry : byTerritory.entrySet()) {
            if (n++ == ObservationStore.SERIES_TERRITORIES) {
                break;
            }
            JsonArrayBuilder data = Jsons.array();
            for (String p : periods) {
                Observation o = entry.getValue().get(p);
                if (o == null) {
                    data.addNull();
                } else {
                    data.add(o.value());
                }
            }
            datasets.add(Jsons.object().add("label", territoryName.apply(entry.getKey())).add("data", data)
                    .add("spanGaps", true).add("borderColor", COLOURS[(n - 1) % COLOURS.length])
                    .add("backgroundColor", COLOURS[(n - 1) % COLOURS.length]));
        }
        return chart("line", labels, datasets, unit, locale);
    }

    /** The latest value of each territory, side by side. */
    public static String comparison(List<Observation> latest, UnaryOperator<String> territoryName, String label,
                                    String unit, Locale locale) {
        JsonArrayBuilder labels = Jsons.array();
        JsonArrayBuilder data = Jsons.array();
        for (Observation o : latest) {
            labels.add(territoryName.apply(o.territory()) + " (" + o.period() + ")");
            data.add(o.value());
        }
        JsonArrayBuilder datasets = Jsons.array().add(Jsons.object()
                .add("label", label).add("data", data).add("backgroundColor", COLOURS[0]));
        return chart("bar", labels, datasets, unit, locale);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String unit, Locale locale) {
        JsonObjectBuilder scaleY = Jsons.object().add("title",
                Jsons.object().add("display", true).add("text", unit));
        // PrimeFaces writes this into an inline script: escaped so no value can end the script.
        return Html.scriptJson(Jsons.object().add("type", type)
                .add("data", Jsons.object().add("labels", labels).add("datasets", datasets))
                // numbers on the axes and in tooltips as the reader writes them ("1 800" in French, not "1,800")
                .add("options", Jsons.object().add("animation", false).add("locale", locale.toLanguageTag())
                        .add("scales", Jsons.object().add("y", scaleY)))
                .build().toString());
    }
}
