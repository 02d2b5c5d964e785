package io.imageshare.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The benchmark charts, as PNG files, from the runs of bench reports. Only closed-loop runs (fixed
 * concurrency, no rate) are charted. When reports hold one scenario at one concurrency twice (at one
 * stored size), the later report's run is charted, and a note says so. A chart whose data is absent
 * is not written; a note says so.
 */
public final class BenchCharts {
    static final String DESCRIBE = "ecs-describe";
    static final String PAGE_FIRST = "ecs-page-first";
    static final String PAGE_LAST = "ecs-page-last";
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 600;

    private final Path out;
    private final Consumer<String> notes;
    /** Closed-loop runs by stored shares (-1: not said), scenario and concurrency; the last run read wins. */
    private final Map<Long, Map<String, TreeMap<Integer, BenchRun>>> runs = new TreeMap<>();

    public BenchCharts(Path out, Consumer<String> notes) {
        this.out = out;
        this.notes = notes;
    }

    /** Writes every chart the runs have data for; returns the files written. */
    public List<Path> write(List<BenchRun> all) throws IOException {
        for (BenchRun run : all) {
            if (run.closedLoop() && runs.computeIfAbsent(stored(run), s -> new TreeMap<>())
                    .computeIfAbsent(run.scenario(), s -> new TreeMap<>()).put(run.concurrency(), run) != null) {
                notes.accept("two runs of " + run.scenario() + " at concurrency " + run.concurrency()
                        + stored(" with ", run.storedShares()) + ": charting the later one");
            }
        }
        List<Path> written = new ArrayList<>();
        save("throughput.png", throughput(), written);
        save("latency-percentiles.png", percentiles(), written);
        save("latency-vs-stored.png", latencyVsStored(), written);
        save("pages.png", pages(), written);
        return written;
    }

    /** (a) requests/s against concurrency, a line per scenario. */
    private Optional<JFreeChart> throughput() {
        XYSeriesCollection lines = new XYSeriesCollection();
        byScenario().forEach((scenario, byConcurrency) -> {
            XYSeries line = new XYSeries(scenario);
            byConcurrency.values().forEach(run -> line.add(run.concurrency(), run.requestsPerSecond()));
            lines.addSeries(line);
        });
        return lines.getSeriesCount() == 0 ? Optional.empty() : Optional.of(Charts.lines(
                "Throughput against concurrency" + subtitleOfStored(), "Concurrency (connections, log scale)", 2,
                "Requests per second", lines));
    }

    /** (b) the percentiles of each scenario at its peak throughput. */
    private Optional<JFreeChart> percentiles() {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        byScenario().forEach((scenario, byConcurrency) -> {
            BenchRun peak = byConcurrency.values().stream()
                    .max((a, b) -> Double.compare(a.requestsPerSecond(), b.requestsPerSecond())).orElseThrow();
            for (String percentile : BenchRun.PERCENTILES) {
                bars.addValue(peak.latency(percentile), percentile, scenario + " (c=" + peak.concurrency() + ")");
            }
        });
        return bars.getColumnCount() == 0 ? Optional.empty() : Optional.of(Charts.bars(
                "Latency percentiles at each scenario's peak throughput" + subtitleOfStored(),
                "Scenario (concurrency of its peak)", "Latency (ms, log scale)", true, bars));
    }

    /** (c) p50 and p99 of ecs-describe against the stored shares, at one concurrency. */
    private Optional<JFreeChart> latencyVsStored() {
        Map<Long, TreeMap<Integer, BenchRun>> describe = new TreeMap<>();
        runs.forEach((stored, scenarios) -> {
            if (stored >= 0 && scenarios.containsKey(DESCRIBE)) {
                describe.put(stored, scenarios.get(DESCRIBE));
            }
        });
        if (describe.isEmpty()) {
            return Optional.empty();
        }
        Integer concurrency = largestCommon(describe.values());
        XYSeries p50 = new XYSeries("p50");
        XYSeries p99 = new XYSeries("p99");
        describe.forEach((stored, byConcurrency) -> {
            BenchRun run = concurrency != null ? byConcurrency.get(concurrency) : byConcurrency.lastEntry().getValue();
            p50.add(Math.max(1, stored), run.latency("p50"));
            p99.add(Math.max(1, stored), run.latency("p99"));
        });
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(p50);
        lines.addSeries(p99);
        return Optional.of(Charts.lines("ecs-describe latency against stored data, "
                        + (concurrency != null ? "concurrency " + concurrency : "each report's highest concurrency"),
                "Stored shares (log scale)", 10, "Latency (ms)", lines));
    }

    /** (d) the first and the last page of an image's recipients, at one concurrency. */
    private Optional<JFreeChart> pages() {
        Map<String, TreeMap<Integer, BenchRun>> scenarios = byScenario();
        TreeMap<Integer, BenchRun> first = scenarios.get(PAGE_FIRST);
        TreeMap<Integer, BenchRun> last = scenarios.get(PAGE_LAST);
        if (first == null || last == null) {
            return Optional.empty();
        }
        Integer concurrency = largestCommon(List.of(first, last));
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        for (TreeMap<Integer, BenchRun> page : List.of(first, last)) {
            BenchRun run = concurrency != null ? page.get(concurrency) : page.lastEntry().getValue();
            for (String percentile : BenchRun.PERCENTILES) {
                bars.addValue(run.latency(percentile), run.scenario() + " (c=" + run.concurrency() + ")", percentile);
            }
        }
        return Optional.of(Charts.bars("First against last page of an image's recipients" + subtitleOfStored(),
                "Percentile", "Latency (ms)", false, bars));
    }

    /**
     * The runs that charts (a), (b) and (d) show: those of the reports without stored shares, else
     * of the smallest stored size, so that one chart never mixes stored sizes.
     */
    private Map<String, TreeMap<Integer, BenchRun>> byScenario() {
        return runs.isEmpty() ? Map.of() : new LinkedHashMap<>(runs.values().iterator().next());
    }

    private String subtitleOfStored() {
        long stored = runs.isEmpty() ? -1 : runs.keySet().iterator().next();
        return stored(", ", stored < 0 ? null : stored);
    }

    private static Integer largestCommon(Collection<TreeMap<Integer, BenchRun>> maps) {
        TreeSet<Integer> common = null;
        for (TreeMap<Integer, BenchRun> map : maps) {
            if (common == null) {
                common = new TreeSet<>(map.keySet());
            } else {
                common.retainAll(map.keySet());
            }
        }
        return common == null || common.isEmpty() ? null : common.last();
    }

    private static long stored(BenchRun run) {
        return run.storedShares() == null ? -1 : run.storedShares();
    }

    private static String stored(String prefix, Long storedShares) {
        return storedShares == null ? "" : prefix + String.format("%,d", storedShares) + " stored shares";
    }

    private void save(String name, Optional<JFreeChart> chart, List<Path> written) throws IOException {
        if (chart.isEmpty()) {
            notes.accept("skipped " + name + ": the reports have no data for it");
            return;
        }
        Path file = out.resolve(name);
        ChartUtils.saveChartAsPNG(file.toFile(), chart.get(), WIDTH, HEIGHT);
        written.add(file);
    }
}
