package io.imageshare.cli;

import io.imageshare.ImageShare;
import io.imageshare.core.ShareLimits;
import io.imageshare.http.ImageShareServer;
import io.imageshare.http.ServerConfig;
import io.imageshare.seed.SeedLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the ECS, ENS, SWAS and CVM image-sharing APIs on one port.")
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "${env:IMAGESHARE_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one (default 8080; env IMAGESHARE_PORT).")
    int port;

    @Option(names = "--bind", defaultValue = "${env:IMAGESHARE_BIND:-127.0.0.1}",
            description = "Address to listen on (default 127.0.0.1; env IMAGESHARE_BIND).")
    String bind;

    @Option(names = "--seed", paramLabel = "FILE", defaultValue = "${env:IMAGESHARE_SEED}",
            description = "Seed file to load before serving (env IMAGESHARE_SEED).")
    Path seed;

    @Option(names = "--replay-capacity", defaultValue = "${env:IMAGESHARE_REPLAY_CAPACITY:-2000000}",
            description = "Replay memory, both clouds together: at most N nonces in at most 16 x N bytes, room "
                    + "for no fewer than N/2 (default 2000000: 32 MB of heap); when full, requests are refused with "
                    + "ServiceUnavailable rather than a nonce forgotten (env IMAGESHARE_REPLAY_CAPACITY).")
    int replayCapacity;

    @Option(names = "--tencent-rate-limit", defaultValue = "${env:IMAGESHARE_TENCENT_RATE_LIMIT:-10}",
            description = "Tencent requests per second per account and action; RequestLimitExceeded beyond "
                    + "(default 10, the vendor's documented limit; env IMAGESHARE_TENCENT_RATE_LIMIT).")
    int tencentRateLimit;

    @Option(names = "--share-limit", paramLabel = "PRODUCT=N", split = ",",
            defaultValue = "${env:IMAGESHARE_SHARE_LIMIT}",
            description = "Accounts an image of a product may be shared with, e.g. ecs=500 for benchmarks; repeatable "
                    + "or comma-separated (defaults: ecs=50, ens=50, swas=10, cvm=500; env IMAGESHARE_SHARE_LIMIT).")
    List<String> shareLimits;

    @Option(names = "--bench-routes", defaultValue = "${env:IMAGESHARE_BENCH_ROUTES:-false}",
            description = "Also serve " + ImageShareServer.BENCH_NOOP_PATH + ", which answers a fixed ECS "
                    + "DescribeImageSharePermission response without auth or database: the benchmarks' "
                    + "baseline (default false; env IMAGESHARE_BENCH_ROUTES).")
    boolean benchRoutes;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        ServerConfig listener = ServerConfig.of(bind, port).withBenchRoutes(benchRoutes);
        ImageShare app = ImageShare.openForServing(store.settings(listener).withNonceCapacity(replayCapacity)
                .withTencentRequestsPerSecond(tencentRateLimit).withShareLimits(shareLimits()));
        try {
            if (seed != null) {
                LOG.info(app.seedLoader().load(SeedLoader.read(seed)));
            }
            app.serve();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        LOG.info("ImageShare listening on http://{}:{}/ (started in {} ms)", bind, app.port(),
                (System.nanoTime() - start) / 1_000_000);
        stopped.await();
        return 0;
    }

    private ShareLimits shareLimits() {
        ShareLimits limits = ShareLimits.defaults();
        for (String assignment : shareLimits == null ? List.<String>of() : shareLimits) {
            limits = assignment.isBlank() ? limits : limits.with(assignment);
        }
        return limits;
    }
}
