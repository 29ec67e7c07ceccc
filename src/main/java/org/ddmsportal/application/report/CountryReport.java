package org.ddmsportal.application.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A country's report as data, in the reader's language, before it becomes a PDF or a workbook:
 * its sections in the order they are printed, and the indicators' charts.
 *
 * <p><b>The pipeline section.</b> {@code pipeline} is the place of the partnership pipeline
 * (prospect → MoU signed → data-sharing agreement signed → data flowing → indicator published
 * → decision recorded, with counts per stage and the items stalled longest). It is built by
 * {@link CountryReports#pipeline}, which returns {@code null} until the dashboards' pipeline
 * service (branch {@code dash}) is merged; a {@code null} section is left out of the PDF and of
 * the workbook. Filling it needs no change here nor in the templates.
 *
 * @param countryCode  the country (alpha-2)
 * @param countryName  its name in the reader's language
 * @param title        the report's title ("Country report — Serbia")
 * @param generated    when it was made, formatted for the reader
 * @param language     the reader's language (en, fr, ru)
 * @param pipeline     the partnership pipeline, or {@code null} (see above)
 * @param sections     partnerships, agreements, pilots, indicators, case studies, lessons
 * @param charts       one chart per indicator with values (at most {@link CountryReports#CHARTS})
 * @param chartsTitle  the charts' heading
 */
public record CountryReport(String countryCode, String countryName, String title, String generated, String language,
                            Section pipeline, List<Section> sections, List<Chart> charts, String chartsTitle) {

    public CountryReport {
        sections = List.copyOf(sections);
        charts = List.copyOf(charts);
    }

    /** Every section that is printed, the pipeline first when there is one. */
    public List<Section> printed() {
        return pipeline == null ? sections
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(pipeline), sections.stream()).toList();
    }

    /**
     * One section: a table. A cell is text or a number.
     *
     * @param key     a short name (sheet name, anchor): {@code partnerships}, {@code agreements}…
     * @param title   the heading, translated
     * @param headers the columns' headings, translated
     * @param rows    at most {@link CountryReports#MAX_ROWS}
     * @param total   how many there are (more than the rows when the section was cut)
     * @param note    a line under the heading (the section was cut, nothing to show), or null
     */
    public record Section(String key, String title, List<String> headers, List<List<Object>> rows, long total,
                          String note) {
        public Section {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }
    }

    /** An indicator's latest value per territory, as horizontal bars; its table is the same values. */
    public record Chart(String title, String unit, List<Bar> bars) {
        public Chart {
            bars = List.copyOf(bars);
        }
    }

    /** One bar: its label, value and length in percent of the longest bar. */
    public record Bar(String label, BigDecimal value, int percent) {
    }
}
