package io.imageshare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.imageshare.bench.BenchOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
    private static BenchOptions parse(String... args) {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    @Test
    void defaultsRunEveryScenarioOnAStartedServer() {
        BenchOptions o = parse();
        assertThat(o.target()).isNull();
        assertThat(o.scenarios()).hasSize(10).endsWith("noop", "nginx");
        assertThat(o.rate()).isNull();
        assertThat(o.perConnection()).isFalse();
        assertThat(o.aliyunSignature()).isEqualTo("rpc");
        assertThat(o.storeOptions()).isEmpty();
        assertThat(o.serverJvmOptions()).isEmpty();
        assertThat(o.serverWarmupSeconds()).isEqualTo(10);
        assertThat(o.serverWarmupMaxSeconds()).isEqualTo(120);
    }

    @Test
    void sweepsAndStoreAndServerOptionsPassThrough() {
        BenchOptions o = parse("--concurrency", "1,2,4", "--rate", "500", "--db", "jdbc:postgresql://h/db",
                "--db-user", "u", "--server-opts", "-Xmx128m -XX:+UseSerialGC", "--scenario", "none",
                "--cold-start", "3", "--stored-shares", "100000");
        assertThat(o.concurrency()).containsExactly(1, 2, 4);
        assertThat(o.rate()).isEqualTo(500.0);
        assertThat(parse("--rate", "500", "--per-connection").perConnection()).isTrue();
        assertThat(parse("--rate-of-peak", "0.5").rateOfPeak()).isEqualTo(0.5);
        assertThat(o.storeOptions()).containsExactly("--db", "jdbc:postgresql://h/db", "--db-user", "u");
        assertThat(o.serverJvmOptions()).containsExactly("-Xmx128m", "-XX:+UseSerialGC");
        assertThat(o.scenarios()).isEmpty();
        assertThat(o.coldStarts()).isEqualTo(3);
        assertThat(o.storedShares()).isEqualTo(100_000L);
    }

    @Test
    void refusesUnknownScenarioAndNonPositiveSettings() {
        assertThatThrownBy(() -> parse("--scenario", "ecs-descibe")).hasMessageContaining("unknown scenario");
        assertThatThrownBy(() -> parse("--concurrency", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("--rate", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("--rate-of-peak", "1.5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("--rate-of-peak", "0.5", "--rate", "100"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parse("--per-connection")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--rate");
    }

    @Test
    void aServerPerRunIsOnlyForStartedServersAndAKnownRate() {
        assertThat(parse().serverPerRun()).isFalse();
        assertThat(parse("--server-per-run", "--concurrency", "1,2").serverPerRun()).isTrue();
        assertThatThrownBy(() -> parse("--server-per-run", "--target", "http://127.0.0.1:8080"))
                .hasMessageContaining("--server-per-run");
        assertThatThrownBy(() -> parse("--server-per-run", "--rate-of-peak", "0.5"))
                .hasMessageContaining("--server-per-run");
    }

    @Test
    void peakFromAnEarlierReportBecomesOpenLoopRunsAtHalfIt(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("limit.json");
        Files.writeString(report, """
                {"runs": [
                  {"scenario": "ecs-describe", "concurrency": 4, "requestsPerSecond": 12000.0,
                   "latencyMs": {"p50": 0.1, "p90": 0.2, "p99": 1.0, "p999": 2.0, "max": 3.0}},
                  {"scenario": "ecs-describe", "concurrency": 8, "requestsPerSecond": 16650.4,
                   "latencyMs": {"p50": 0.1, "p90": 0.2, "p99": 1.0, "p999": 2.0, "max": 3.0}},
                  {"scenario": "ecs-describe", "concurrency": 8, "rate": 90000.0, "requestsPerSecond": 90000.0,
                   "latencyMs": {"p50": 0.1, "p90": 0.2, "p99": 1.0, "p999": 2.0, "max": 3.0}},
                  {"scenario": "noop", "concurrency": 16, "requestsPerSecond": 45000.0,
                   "latencyMs": {"p50": 0.1, "p90": 0.2, "p99": 1.0, "p999": 2.0, "max": 3.0}}
                ]}""");

        BenchOptions o = parse("--scenario", "ecs-describe", "--rate-of-peak", "0.5", "--peak-from", report.toString(),
                "--concurrency", "4,8,16");

        // Half the best closed-loop run, not the open-loop one nor another scenario's, at each concurrency.
        assertThat(o.concurrency()).containsExactly(4, 8, 16);
        assertThat(o.rate()).isEqualTo(8325.0);
        assertThat(o.rateOfPeak()).isNull();
        assertThat(o.ofPeak()).isEqualTo(16650.4);
        assertThat(parse("--rate", "100").ofPeak()).isNull();
        assertThatThrownBy(() -> parse("--scenario", "swas-list", "--rate-of-peak", "0.5", "--peak-from",
                report.toString())).hasMessageContaining("no closed-loop run of swas-list");
        assertThatThrownBy(() -> parse("--scenario", "ecs-describe,noop", "--rate-of-peak", "0.5", "--peak-from",
                report.toString())).hasMessageContaining("exactly one scenario");
        assertThatThrownBy(() -> parse("--scenario", "ecs-describe", "--peak-from", report.toString()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
