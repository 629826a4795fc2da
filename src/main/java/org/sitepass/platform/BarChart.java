package org.sitepass.platform;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * A Chart.js bar chart as the dashboards draw it: one bar group per label, one coloured series per dataset. The page
 * puts a table of the same numbers beside it, for screen readers.
 */
public final class BarChart {

    private final List<String> labels;
    private final boolean horizontal;
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();

    private BarChart(List<String> labels, boolean horizontal) {
        this.labels = labels;
        this.horizontal = horizontal;
    }

    /** Bars standing over labels along the bottom, as for days. */
    public static BarChart standing(List<String> labels) {
        return new BarChart(labels, false);
    }

    /** Bars lying beside their labels, so that long labels stay readable. */
    public static BarChart lying(List<String> labels) {
        return new BarChart(labels, true);
    }

    /** A series, one value per label in the labels' order; the colour is a CSS colour. */
    public BarChart series(String label, List<Long> values, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(data::add);
        datasets.add(Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour));
        return this;
    }

    /** The configuration the page hands to Chart.js. */
    public String json() {
        JsonObjectBuilder options = Json.createObjectBuilder();
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        options.add("responsive", true).add("maintainAspectRatio", false);
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels))
                        .add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }
}
