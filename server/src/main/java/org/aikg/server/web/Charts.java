package org.aikg.server.web;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Bar charts of counts over time, laid out here and drawn as SVG by {@code chart.jte} on the server: no script,
 * so the CSP stays strict and the chart is there before anything runs. Months without a count are drawn as
 * gaps, so the axis is time.
 *
 * <p>Thread-safety: stateless; the records are immutable.
 */
final class Charts {

    // A bar per month is readable up to about five years; a longer span gets a bar per year.
    static final int MAX_MONTH_BARS = 60;
    private static final int BAR_WIDTH = 22;
    private static final int GAP = 4;
    private static final int PLOT_HEIGHT = 80;
    private static final int LEFT = 34;

    private Charts() {
    }

    /**
     * A chart ready to draw.
     *
     * @param label   what it shows, for screen readers (aria-label)
     * @param period  "month" or "year", what one bar stands for
     * @param max     the highest count (the top of the axis)
     * @param axisY   the y of the base line
     * @param caption the text under the chart
     */
    record BarChart(String id, String label, String period, int width, int height, int max, int axisY,
            List<Bar> bars, List<Tick> ticks, String caption) {
    }

    /** One bar: its period ({@code 2024-03} or {@code 2024}), count, box and tooltip. */
    record Bar(String period, int count, int x, int y, int width, int height, String title, boolean highlighted) {
    }

    /** A period label under the axis. */
    record Tick(int x, int y, String text) {
    }

    /** The month of a date written {@code YYYY-MM...}, or null when it is no such date. */
    static YearMonth month(String date) {
        if (date == null || !date.matches("\\d{4}-\\d{2}.*")) {
            return null;
        }
        try {
            return YearMonth.parse(date.substring(0, 7));
        } catch (DateTimeException e) {
            return null; // a month outside 01..12 is no date to plot
        }
    }

    /**
     * Counts per month as a chart, or null when there are none.
     *
     * @param id        the SVG element's id (null for none)
     * @param what      what is counted, plural ("documents"), for tooltips: "2024-03: 3 documents"
     * @param one       the same, singular ("document")
     * @param label     the chart's accessible name, e.g. "Documents mentioning it per"; the period is appended
     * @param caption   the text under the chart
     * @param highlight bars from this month on are drawn highlighted (the window a page is about), or null
     */
    static BarChart perMonth(Map<YearMonth, Integer> counts, String id, String what, String one, String label,
            String caption, YearMonth highlight) {
        SortedMap<YearMonth, Integer> byMonth = new TreeMap<>(counts);
        byMonth.values().removeIf(n -> n == null || n <= 0);
        if (byMonth.isEmpty()) {
            return null;
        }
        YearMonth first = byMonth.firstKey();
        YearMonth last = byMonth.lastKey();
        boolean byYear = first.until(last, ChronoUnit.MONTHS) >= MAX_MONTH_BARS;
        Map<String, Integer> bars = new LinkedHashMap<>();
        if (byYear) {
            for (int y = first.getYear(); y <= last.getYear(); y++) {
                bars.put(Integer.toString(y), 0);
            }
            byMonth.forEach((month, n) -> bars.merge(Integer.toString(month.getYear()), n, Integer::sum));
        } else {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                bars.put(m.toString(), byMonth.getOrDefault(m, 0));
            }
        }
        int max = bars.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int width = Math.max(bars.size() * (BAR_WIDTH + GAP) + 40, 160);
        int axisY = PLOT_HEIGHT + 4;
        List<Bar> drawn = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        int x = LEFT;
        int i = 0;
        int labelled = -3;
        String from = highlight == null ? null : byYear ? Integer.toString(highlight.getYear()) : highlight.toString();
        for (Map.Entry<String, Integer> bar : bars.entrySet()) {
            int n = bar.getValue();
            if (n > 0) {
                int h = Math.max(2, Math.round((float) n * PLOT_HEIGHT / max));
                drawn.add(new Bar(bar.getKey(), n, x, axisY - h, BAR_WIDTH, h,
                        bar.getKey() + ": " + n + " " + (n == 1 ? one : what),
                        from != null && bar.getKey().compareTo(from) >= 0));
            }
            // Label the first and last bar and every sixth month (every year on a yearly axis), never two labels
            // closer than three bars, where they would overlap.
            boolean wanted = i == 0 || i == bars.size() - 1 || byYear || bar.getKey().endsWith("-01")
                    || bar.getKey().endsWith("-07");
            if (wanted && i - labelled >= 3) {
                labelled = i;
                ticks.add(new Tick(x + BAR_WIDTH / 2, PLOT_HEIGHT + 20, byYear ? bar.getKey() : bar.getKey().substring(2)));
            }
            x += BAR_WIDTH + GAP;
            i++;
        }
        String period = byYear ? "year" : "month";
        return new BarChart(id, label + " " + period, period, width, PLOT_HEIGHT + 34, max, axisY, drawn, ticks,
                caption.replace("{period}", period));
    }
}
