package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The open loop against a plain socket server whose answers take a set time: every scheduled send is
 * made, queueing shows in the latency, and how sends are shared among connections decides whether one
 * slow connection holds up the rest.
 */
class OpenLoopTest {
    private static final Scenario GET = new Scenario("get", w -> () -> new WireRequest("GET", "/", "",
            Map.of("host", "127.0.0.1"), new byte[0]));

    @Test
    void makesEverySendOfTheScheduleAndCountsTheMeasuredOnes() throws Exception {
        try (Slow server = new Slow(connection -> 0, false)) {
            LoadRun.Outcome o = run(server, 4, 400.0, LoadRun.Arrivals.SHARED, 0.25, 1.0);
            // sends n with n / 400 s in [0.25 s, 1.25 s): exactly 400, whichever loop or connection took them
            assertThat(o.requests()).isEqualTo(400);
            assertThat(o.errorsByCode()).isEmpty();
            assertThat(o.responsesByStatus()).containsOnlyKeys(200);
            assertThat(server.requests.get()).isEqualTo(500);
        }
    }

    @Test
    void aServerSlowerThanTheRateShowsAsQueueingNotFewerSends() throws Exception {
        try (Slow server = new Slow(connection -> 40, false)) {
            // one connection, a send due every 10 ms, 40 ms an answer: each send waits for those before it
            LoadRun.Outcome o = run(server, 1, 100.0, LoadRun.Arrivals.SHARED, 0.1, 0.5);
            assertThat(o.requests()).isEqualTo(50);
            assertThat(o.latencyMicros().getValueAtPercentile(50)).isGreaterThan(300_000);
            // the answer itself still takes 40 ms from its actual send: the rest was the wait for the connection
            assertThat(o.serviceMicros().getValueAtPercentile(50)).isBetween(40_000L, 80_000L);
        }
    }

    @Test
    void sharedSendsGoAroundASlowConnectionAndPerConnectionOnesQueueBehindIt() throws Exception {
        IntFunction<Integer> firstIsSlow = connection -> connection == 0 ? 100 : 0;
        try (Slow server = new Slow(firstIsSlow, false)) {
            // four connections at 100/s: the slow one can answer 10 a second of its 25
            LoadRun.Outcome perConnection = run(server, 4, 100.0, LoadRun.Arrivals.PER_CONNECTION, 0, 1.0);
            assertThat(perConnection.latencyMicros().getValueAtPercentile(90)).isGreaterThan(300_000);
        }
        try (Slow server = new Slow(firstIsSlow, false)) {
            LoadRun.Outcome shared = run(server, 4, 100.0, LoadRun.Arrivals.SHARED, 0, 1.0);
            assertThat(shared.latencyMicros().getValueAtPercentile(99)).isLessThan(250_000);
            assertThat(shared.requests()).isEqualTo(100);
        }
    }

    @Test
    void sharedSendsDueOnALoopWhoseConnectionsAreBusyGoOutOnAnotherLoops() throws Exception {
        try (Slow server = new Slow(connection -> connection == 0 ? 100 : 0, false)) {
            // two loops, a connection each, a send due every 10 ms; one connection answers in 100 ms. A
            // loop that kept its own turns would queue half the sends behind its slow connection (five a
            // tenth of a second onto one that answers one): most of them seconds late.
            LoadRun.Outcome o = LoadRun.run(new Endpoint("127.0.0.1", server.port(), "/"), GET,
                    new LoadRun.Settings(2, 100.0, LoadRun.Arrivals.SHARED, 0, 1.0), 2, () -> { });
            assertThat(o.requests()).isEqualTo(100);
            // the fast loop takes the slow one's turns one gap late: only the slow connection's own are slow
            assertThat(o.latencyMicros().getValueAtPercentile(75)).isLessThan(50_000);
            assertThat(o.latencyMicros().getMaxValue()).isLessThan(300_000);
        }
    }

    @Test
    void aServerThatClosesAfterEachAnswerIsReconnected() throws Exception {
        try (Slow server = new Slow(connection -> 0, true)) {
            LoadRun.Outcome o = run(server, 2, 200.0, LoadRun.Arrivals.PER_CONNECTION, 0, 0.5);
            assertThat(o.requests()).isEqualTo(100);
            assertThat(o.errorsByCode()).isEmpty();
            assertThat(server.connections.get()).isGreaterThanOrEqualTo(100);
        }
    }

    @Test
    void noServerIsAnErrorPerSendNotAFailedRun() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        for (LoadRun.Arrivals arrivals : LoadRun.Arrivals.values()) {
            LoadRun.Outcome o = LoadRun.run(new Endpoint("127.0.0.1", port, "/"), GET,
                    new LoadRun.Settings(2, 100.0, arrivals, 0, 0.3), () -> { });
            assertThat(o.requests()).as(arrivals.name()).isEqualTo(30);
            assertThat(o.errorsByCode()).as(arrivals.name()).containsOnlyKeys("ConnectException");
            assertThat(o.responsesByStatus()).as(arrivals.name()).containsOnlyKeys(0);
        }
    }

    private static LoadRun.Outcome run(Slow server, int connections, double rate, LoadRun.Arrivals arrivals,
                                       double warmup, double duration) throws InterruptedException {
        return LoadRun.run(new Endpoint("127.0.0.1", server.port(), "/"), GET,
                new LoadRun.Settings(connections, rate, arrivals, warmup, duration), () -> { });
    }

    /** Answers every request 200 after the given milliseconds for its connection (numbered as accepted). */
    private static final class Slow implements AutoCloseable {
        final AtomicInteger requests = new AtomicInteger();
        final PlainServer server;
        final AtomicInteger connections;

        Slow(IntFunction<Integer> delayMillis, boolean close) throws IOException {
            byte[] answer = ("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n" + (close ? "Connection: close\r\n" : "")
                    + "\r\nok").getBytes(StandardCharsets.US_ASCII);
            this.server = new PlainServer((s, number) -> {
                int delay = delayMillis.apply(number);
                InputStream in = s.getInputStream();
                OutputStream out = s.getOutputStream();
                while (PlainServer.readHead(in)) {
                    requests.incrementAndGet();
                    Thread.sleep(delay);
                    out.write(answer);
                    out.flush();
                    if (close) {
                        return;
                    }
                }
            });
            this.connections = server.connections;
        }

        int port() {
            return server.port();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
