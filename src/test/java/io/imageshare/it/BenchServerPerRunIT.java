package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.bench.Bench;
import io.imageshare.bench.BenchOptions;
import io.imageshare.bench.BenchReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code imageshare bench --server-per-run}: every scenario at every concurrency on a packaged server of
 * its own, so no run meets a replay memory that earlier runs filled (docs/adr/0005).
 */
class BenchServerPerRunIT {
    @Test
    void everyRunGetsAServerOfItsOwn() throws Exception {
        BenchReport report = new Bench(new BenchOptions(null, null, Path.of("target", "imageshare.jar"),
                Path.of("bench", "seed.json"), List.of(), List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
                List.of("ecs-describe", "noop"), List.of(1, 2), null, false, null, 0.1, 0.4, 0.5, 2, "rpc", null, 0, null,
                true, null)).run();

        assertThat(report.runs()).extracting(r -> r.scenario() + "@" + r.concurrency())
                .containsExactly("ecs-describe@1", "ecs-describe@2", "noop@1", "noop@2");
        assertThat(report.runs()).allSatisfy(run -> {
            assertThat(run.requests()).isPositive();
            assertThat(run.errors()).isZero();
            assertThat(run.server().cpuPercent()).isNotNull();
        });
        assertThat(report.notes().stream().filter(n -> n.startsWith("server log: ")).distinct())
                .as("four servers, four logs").hasSize(4);
    }
}
