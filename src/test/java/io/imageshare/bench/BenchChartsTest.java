package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts come out of synthetic reports (src/test/resources/bench) as readable PNG files. */
class BenchChartsTest {
    @TempDir
    Path out;

    private final List<String> notes = new ArrayList<>();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void drawsTheFourChartsFromReportsOfThreeStoredSizes() throws Exception {
        List<BenchRun> runs = BenchReports.read(List.of(report("report-1e3.json"), report("report-1e5.json"),
                report("report-1e7.json")), notes::add);

        List<Path> written = new BenchCharts(out, notes::add).write(runs);

        assertThat(written).extracting(file -> file.getFileName().toString()).containsExactly("throughput.png",
                "latency-percentiles.png", "latency-vs-stored.png", "pages.png");
        for (Path file : written) {
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(1000);
            assertThat(image.getHeight()).isEqualTo(600);
        }
        assertThat(notes).singleElement().asString().contains("skipped a run", "\"broken\"");
        assertThat(runs).filteredOn(run -> !run.closedLoop()).singleElement()
                .extracting(BenchRun::rate).isEqualTo(9500.0);
    }

    @Test
    void skipsTheChartsWhoseDataIsAbsentAndSaysSo() throws Exception {
        Path report = out.resolve("noop-only.json");
        Files.writeString(report, """
                {"tool": "imageshare bench", "storedShares": null, "runs": [
                  {"scenario": "noop", "concurrency": 8, "rate": null, "requestsPerSecond": 20000.5,
                   "latencyMs": {"p50": 0.3, "p90": 0.5, "p99": 1.1, "p999": 2.0, "max": 9.0}},
                  {"scenario": "noop", "concurrency": 8, "rate": null, "requestsPerSecond": 21000.5,
                   "latencyMs": {"p50": 0.3, "p90": 0.5, "p99": 1.1, "p999": 2.0, "max": 9.0}}]}
                """);

        List<Path> written = new BenchCharts(out, notes::add).write(BenchReports.read(List.of(report), notes::add));

        assertThat(written).extracting(file -> file.getFileName().toString())
                .containsExactly("throughput.png", "latency-percentiles.png");
        assertThat(notes).containsExactly("two runs of noop at concurrency 8: charting the later one",
                "skipped latency-vs-stored.png: the reports have no data for it",
                "skipped pages.png: the reports have no data for it");
    }

    private static Path report(String name) throws URISyntaxException {
        return Path.of(BenchChartsTest.class.getResource("/bench/" + name).toURI());
    }
}
