package org.ddmsportal.web.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboards' bar charts, without a container: they fit a phone's screen. */
class DashboardChartsTest {

    @Test
    void aBarChartFillsItsBox() {
        JsonObject chart = Json.createReader(new StringReader(DashboardCharts.bars(
                List.of("Prospect", "MoU signed", "Data flowing"), List.of(1, 2, 3), "Partnerships", "Partnerships")))
                .readObject();
        JsonObject options = chart.getJsonObject("options");
        // Chart.js keeps a 2:1 shape by default: 272 by 136 pixels in a 280-pixel-high box on a phone,
        // which then skips every other label; filling the box it shows all six stages
        assertFalse(options.getBoolean("maintainAspectRatio"));
        assertEquals("bar", chart.getString("type"));
        // counts step by whole numbers
        assertEquals(0, options.getJsonObject("scales").getJsonObject("y").getJsonObject("ticks").getInt("precision"));
    }

    /** A long label is written on short lines between its words, so that tilted under its bar it stays in the chart. */
    @Test
    void aLongLabelIsWrittenOnLines() {
        JsonObject chart = Json.createReader(new StringReader(DashboardCharts.bars(
                List.of("Prospect", "Соглашение об обмене данными подписано"), List.of(1, 2), "P", "P"))).readObject();
        var labels = chart.getJsonObject("data").getJsonArray("labels");
        assertEquals(List.of("Prospect"), labels.getJsonArray(0).getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(List.of("Соглашение об", "обмене данными", "подписано"),
                labels.getJsonArray(1).getValuesAs(jakarta.json.JsonString::getString));
        // a short axis keeps every label (Chart.js skipped every other one on a phone)
        assertFalse(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getJsonObject("ticks")
                .getBoolean("autoSkip"));
    }
}
