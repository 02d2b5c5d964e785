package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.core.Product;
import io.imageshare.core.ShareLimits;
import io.imageshare.it.TestServer;
import io.imageshare.seed.SeedLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short run of every scenario against a real server in this JVM, set up as the bench sets up its
 * own: the requests are accepted (signatures, nonces, quotas) and the report counts them. Not a
 * measurement.
 */
class BenchSmokeTest {
    static final List<String> SCENARIOS = List.of("ecs-describe", "ecs-describe-ram", "ens-describe", "swas-list",
            "cvm-describe", "ecs-modify", "mix-95-5", "ecs-page-first", "ecs-page-last", "noop");

    @Test
    void everyScenarioRunsWithoutErrors() throws Exception {
        try (TestServer server = TestServer.start(TestServer.createTempDir(), settings -> settings
                .withServer(settings.server().withBenchRoutes(true)).withTencentRequestsPerSecond(1_000_000_000)
                .withShareLimits(ShareLimits.defaults().with(Product.ECS, Fixture.PAGE_RECIPIENTS)))) {
            server.app().seedLoader().load(SeedLoader.read(Path.of(Fixture.SEED_FILE)));
            BenchReport report = new Bench(new BenchOptions("http://" + server.endpoint(),
                    ProcessHandle.current().pid(), null, null, List.of(), List.of(), SCENARIOS, List.of(2), null,
                    false, null, 0.1, 0.5, 0.5, 1, "rpc", null, 0, 1000L, false, null)).run();

            assertThat(report.runs()).extracting(BenchReport.Run::scenario).containsExactlyElementsOf(SCENARIOS);
            for (BenchReport.Run run : report.runs()) {
                assertThat(run.requests()).as(run.scenario()).isPositive();
                assertThat(run.errorsByCode()).as(run.scenario()).isEmpty();
                assertThat(run.responsesByStatus()).as(run.scenario()).containsOnlyKeys("200");
                assertThat(run.latencyMs().p50()).as(run.scenario()).isPositive();
                assertThat(run.server().cpuPercent()).as(run.scenario()).isNotNull();
            }
            assertThat(report.notes()).filteredOn(n -> n.contains("the bench itself used")).hasSize(SCENARIOS.size())
                    .allMatch(n -> n.matches(".*% CPU \\([0-9.]+ µs a request, the server [0-9.]+ µs a request\\).*"))
                    .allMatch(n -> n.matches(".*; the rest of the machine used -?[0-9.]+% CPU"
                            + " \\(other processes, the kernel's threads, interrupts\\).*"));
            // With the server's pid the warm-up reads its compilers (this JVM's: busy, so on to the 1 s limit).
            assertThat(report.notes()).anyMatch(n -> n.startsWith("server warmed up for ")
                    && n.contains(" s of compiler CPU"));
        }
    }

    @Test
    void noopRouteAnswersTheBytesOfEcsDescribeButTheRequestId() throws Exception {
        try (TestServer server = TestServer.start(TestServer.createTempDir(),
                settings -> settings.withServer(settings.server().withBenchRoutes(true)));
             HttpConnection connection = new HttpConnection("127.0.0.1", server.port(), 10_000)) {
            server.app().seedLoader().load(SeedLoader.read(Path.of(Fixture.SEED_FILE)));
            SignedCalls calls = new SignedCalls(server.endpoint(), "rpc");
            Scenario real = Scenario.of("ecs-describe", calls, null);
            Scenario noop = Scenario.of("noop", calls, null);
            Scenario ramUser = Scenario.of("ecs-describe-ram", calls, null);

            String realBody = body(connection, real);
            String noopBody = body(connection, noop);
            assertThat(withoutRequestId(noopBody)).isEqualTo(withoutRequestId(realBody));
            assertThat(withoutRequestId(body(connection, ramUser))).isEqualTo(withoutRequestId(realBody));
        }
    }

    private static String body(HttpConnection connection, Scenario scenario) throws Exception {
        HttpConnection.Response response = connection.exchange(scenario.sources().forWorker(0).get().encode());
        assertThat(response.status()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String withoutRequestId(String json) {
        return json.replaceAll("\"RequestId\":\"[^\"]*\"", "\"RequestId\":\"\"");
    }

    @Test
    void openLoopKeepsToTheRateAndAcs3IsAccepted() throws Exception {
        try (TestServer server = TestServer.start(TestServer.createTempDir(), settings -> settings)) {
            server.app().seedLoader().load(SeedLoader.read(Path.of(Fixture.SEED_FILE)));
            BenchReport report = new Bench(new BenchOptions("http://" + server.endpoint(), null, null, null,
                    List.of(), List.of(), List.of("ecs-describe"), List.of(2), 100.0, false, null, 0.1, 1.0, 0, 0,
                    "acs3", null, 0, null, false, null)).run();

            BenchReport.Run run = report.runs().get(0);
            assertThat(run.errors()).isZero();
            assertThat(run.rate()).isEqualTo(100.0);
            assertThat(run.ofPeak()).as("a rate given, not a share of a peak").isNull();
            assertThat(run.arrivals()).isEqualTo("next-free-connection");
            assertThat(run.requests()).isBetween(80L, 120L);
            assertThat(run.server().cpuPercent()).isNull();
            // Without the server's pid only the bench's own cost a request is known.
            assertThat(report.notes()).anyMatch(n -> n.matches(".*% CPU \\([0-9.]+ µs a request\\).*"));
            // nor what the rest of the machine used: the server's share of it is unknown
            assertThat(report.notes()).noneMatch(n -> n.contains("the rest of the machine"));
        }
    }

    @Test
    void perRequestIsCpuTimeOverRequests() {
        assertThat(Bench.perRequest(50, 10_000)).isEqualTo("50.0 µs a request");
        assertThat(Bench.perRequest(113.37, 15_987)).isEqualTo("70.9 µs a request");
        assertThat(Bench.perRequest(12, 0)).isEqualTo("no requests");
    }

    @Test
    void rateOfPeakAddsAnOpenLoopRunAtThatShareOfTheSweepsBest() throws Exception {
        try (TestServer server = TestServer.start(TestServer.createTempDir(), settings -> settings)) {
            server.app().seedLoader().load(SeedLoader.read(Path.of(Fixture.SEED_FILE)));
            BenchReport report = new Bench(new BenchOptions("http://" + server.endpoint(), null, null, null,
                    List.of(), List.of(), List.of("swas-list"), List.of(1, 2), null, false, 0.5, 0.1, 0.6, 0, 0, "rpc",
                    null, 0, null, false, null)).run();

            assertThat(report.runs()).hasSize(3);
            // The first of equals, as the bench picks it: both runs last the same nominal time, so two equal
            // request counts tie (seen on a slow machine).
            BenchReport.Run best = report.runs().get(1).requestsPerSecond() > report.runs().get(0).requestsPerSecond()
                    ? report.runs().get(1) : report.runs().get(0);
            BenchReport.Run open = report.runs().get(2);
            assertThat(open.rate()).isEqualTo((double) Math.max(1, Math.round(best.requestsPerSecond() * 0.5)));
            assertThat(open.concurrency()).isEqualTo(best.concurrency());
            assertThat(open.ofPeak()).isEqualTo(best.requestsPerSecond());
            assertThat(report.runs().get(0).ofPeak()).isNull();
            assertThat(report.runs().get(0).arrivals()).isNull();
            assertThat(report.runs().get(0).serviceMs()).isNull();
            assertThat(open.serviceMs().p99()).isPositive().isLessThanOrEqualTo(open.latencyMs().p99());
            assertThat(report.notes()).anyMatch(n -> n.startsWith("swas-list at " + open.concurrency() + ", ")
                    && n.contains("from the actual send"));
            assertThat(report.notes()).filteredOn(n -> n.contains("the bench itself used"))
                    .hasSize(3).allMatch(n -> n.contains("a 1 ms timer woke up to "));
            assertThat(open.errors()).isZero();
            assertThat(open.requests()).isPositive();
        }
    }
}
