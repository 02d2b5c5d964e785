package io.imageshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bulk-load and bench-charts as Main runs them: the smoke run CI makes of the benchmark data tools. */
class BenchDataCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    @Test
    void bulkLoadsOnceAndRefusesASecondTime() {
        String data = dir.resolve("data").toString();

        Run load = run("bulk-load", "--data", data, "--shares", "1000", "--product", "swas", "--per-image", "10");
        Run again = run("bulk-load", "--data", data, "--shares", "1000", "--product", "swas", "--per-image", "10");

        assertThat(load.exit()).isZero();
        assertThat(load.err()).startsWith("bulk-load: 1000 swas shares on 100 images of 10 owners, 10 recipient"
                + " accounts: 1120 rows in ").contains("database file");
        assertThat(again).isEqualTo(new Run(1, "", "imageshare: this database holds swas filler already"
                + " (account 9300000000000000): bulk-load into a new database\n"));
        assertThat(run("bulk-load", "--data", data, "--shares", "10", "--per-image", "11", "--product", "swas").err())
                .isEqualTo("imageshare: --per-image must be 1 to 10, the swas limit of recipients per image\n");
    }

    @Test
    void drawsChartsFromAReport() throws Exception {
        Path report = Path.of("src/test/resources/bench/report-1e7.json");
        Path out = dir.resolve("charts");

        Run charts = run("bench-charts", "--out", out.toString(), report.toString());

        assertThat(charts.exit()).isZero();
        assertThat(charts.out()).contains("skipped pages.png", "wrote " + out.resolve("throughput.png"),
                "wrote " + out.resolve("latency-vs-stored.png"));
        assertThat(Files.size(out.resolve("throughput.png"))).isPositive();
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }
}
