package io.imageshare;

import io.imageshare.api.aliyun.AliyunDialect;
import io.imageshare.api.aliyun.AliyunRegions;
import io.imageshare.api.aliyun.ecs.EcsApi;
import io.imageshare.api.aliyun.ens.EnsApi;
import io.imageshare.api.aliyun.swas.SwasApi;
import io.imageshare.api.tencent.RateLimiter;
import io.imageshare.api.tencent.TencentDialect;
import io.imageshare.api.tencent.cvm.CvmApi;
import io.imageshare.auth.AliyunAuthenticator;
import io.imageshare.auth.Authorizer;
import io.imageshare.auth.MemoryNonceRegistry;
import io.imageshare.auth.NonceRegistry;
import io.imageshare.auth.TencentAuthenticator;
import io.imageshare.bench.NoopResponse;
import io.imageshare.core.AccountService;
import io.imageshare.core.ImageIds;
import io.imageshare.core.ImageService;
import io.imageshare.core.Regions;
import io.imageshare.core.ShareLimits;
import io.imageshare.core.AccountId;
import io.imageshare.http.ApiResponse;
import io.imageshare.http.DatabaseHealthCheck;
import io.imageshare.http.DialectRouter;
import io.imageshare.http.ImageShareServer;
import io.imageshare.http.ServerConfig;
import io.imageshare.secret.MasterKey;
import io.imageshare.secret.SecretCipher;
import io.imageshare.seed.SeedLoader;
import io.imageshare.store.DatabaseConfig;
import io.imageshare.store.JdbcStore;
import io.imageshare.store.SharedState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * The assembled service: store, core, authenticators and dialects, wired once. The CLI and the
 * integration tests both start the server through here, so tests exercise what production runs.
 */
public final class ImageShare implements AutoCloseable {
    /** An account ID no one has: the health probe's cheap indexed read. */
    private static final AccountId PROBE = AccountId.aliyun("0");
    private final Settings settings;
    private final JdbcStore store;
    private final AccountService accounts;
    private final ImageService images;
    private final Regions regions;
    private ImageShareServer server;
    private boolean closed;

    /**
     * @param masterKey the operator's key (base64), or null to use (or create) {@code masterKeyFile}
     */
    public record Settings(ServerConfig server, DatabaseConfig database, String masterKey, Path masterKeyFile,
                           String defaultRegion, InstantSource clock, int nonceCapacity,
                           int tencentRequestsPerSecond, ShareLimits shareLimits) {
        /** Settings with the default share limits. */
        public Settings(ServerConfig server, DatabaseConfig database, String masterKey, Path masterKeyFile,
                        String defaultRegion, InstantSource clock, int nonceCapacity, int tencentRequestsPerSecond) {
            this(server, database, masterKey, masterKeyFile, defaultRegion, clock, nonceCapacity,
                    tencentRequestsPerSecond, ShareLimits.defaults());
        }

        public static Settings defaults(ServerConfig server, DatabaseConfig database, Path masterKeyFile) {
            return new Settings(server, database, null, masterKeyFile, "cn-hangzhou", InstantSource.system(),
                    2_000_000, RateLimiter.TENCENT_PER_SECOND);
        }

        public Settings withNonceCapacity(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("the replay capacity must be positive");
            }
            return new Settings(server, database, masterKey, masterKeyFile, defaultRegion, clock, value,
                    tencentRequestsPerSecond, shareLimits);
        }

        /** Tencent requests per second per account and action ({@code RequestLimitExceeded} beyond). */
        public Settings withTencentRequestsPerSecond(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("the Tencent rate limit must be positive");
            }
            return new Settings(server, database, masterKey, masterKeyFile, defaultRegion, clock, nonceCapacity,
                    value, shareLimits);
        }

        public Settings withServer(ServerConfig value) {
            return new Settings(value, database, masterKey, masterKeyFile, defaultRegion, clock, nonceCapacity,
                    tencentRequestsPerSecond, shareLimits);
        }

        public Settings withClock(InstantSource value) {
            return new Settings(server, database, masterKey, masterKeyFile, defaultRegion, value, nonceCapacity,
                    tencentRequestsPerSecond, shareLimits);
        }

        /** How many accounts an image of each product may be shared with. */
        public Settings withShareLimits(ShareLimits value) {
            return new Settings(server, database, masterKey, masterKeyFile, defaultRegion, clock, nonceCapacity,
                    tencentRequestsPerSecond, value);
        }
    }

    private ImageShare(Settings settings) {
        this.settings = settings;
        MasterKey key = settings.masterKey() != null
                ? MasterKey.fromBase64(settings.masterKey()) : MasterKey.loadOrCreate(settings.masterKeyFile());
        this.store = JdbcStore.openInBackground(settings.database());
        this.regions = Regions.defaults();
        this.accounts = new AccountService(store, new SecretCipher(key), settings.clock());
        this.images = new ImageService(store, settings.clock(), settings.shareLimits(), new ImageIds());
    }

    /** Opens the database (running migrations) without serving: for the admin commands. */
    public static ImageShare open(Settings settings) {
        ImageShare app = new ImageShare(settings);
        try {
            app.store.awaitOpen();
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    /**
     * For a server start: the database opens (and migrates) while {@link #serve} builds the HTTP
     * side, which needs no data; a failure to open surfaces from the first use or from serve,
     * before anything listens.
     */
    public static ImageShare openForServing(Settings settings) {
        return new ImageShare(settings);
    }

    /** Starts serving on the configured port (0 picks a free one). */
    public ImageShare serve() {
        Optional<SharedState> shared = store.sharedState(settings.clock());
        Duration aliyunWindow = AliyunAuthenticator.DEFAULT_WINDOW;
        Duration tencentWindow = TencentAuthenticator.DEFAULT_WINDOW;
        // One replay memory for both clouds, so one budget bounds it (docs/adr/0005): it keeps every
        // nonce as long as the longer window needs; Tencent's are only remembered longer than required.
        // None when the nodes share the database's.
        MemoryNonceRegistry local = shared.isPresent() ? null : MemoryNonceRegistry.forClockWindow(
                aliyunWindow.compareTo(tencentWindow) >= 0 ? aliyunWindow : tencentWindow, settings.nonceCapacity());
        AliyunAuthenticator aliyunAuth = new AliyunAuthenticator(accounts::findKey,
                nonces(shared, "aliyun", aliyunWindow, local), settings.clock(), aliyunWindow);
        AliyunRegions aliyunRegions = new AliyunRegions(regions);
        Authorizer authorizer = new Authorizer(settings.clock());
        AliyunDialect aliyun = new AliyunDialect(aliyunAuth, authorizer, List.of(new EcsApi(images, aliyunRegions),
                new EnsApi(images), new SwasApi(images, aliyunRegions)),
                settings.defaultRegion());
        int perSecond = settings.tencentRequestsPerSecond();
        RateLimiter limiter = shared.map(state -> new RateLimiter(perSecond, state.buckets()::tryConsume))
                .orElseGet(() -> new RateLimiter(settings.clock(), perSecond, RateLimiter.DEFAULT_MAX_BUCKETS));
        TencentDialect tencent = new TencentDialect(new TencentAuthenticator(accounts::findKey,
                nonces(shared, "tencent", tencentWindow, local), settings.clock(), tencentWindow), authorizer,
                limiter, regions, List.of(new CvmApi(images, regions)));
        Optional<ApiResponse> benchNoop = settings.server().benchRoutes()
                ? Optional.of(NoopResponse.ecsDescribe()) : Optional.empty();
        ImageShareServer built = new ImageShareServer(settings.server(), new DialectRouter(aliyun, tencent),
                List.of(new DatabaseHealthCheck(() -> store.read(tx -> tx.account(PROBE).isEmpty() || true))),
                benchNoop);
        store.awaitOpen();
        server = built.start();
        return this;
    }

    /**
     * Replay memory for a clock window: in the database when nodes share one (a request dated up to
     * one window ahead stays acceptable for two windows, so nonces are kept that long), else here.
     *
     * @param local the single node's registry, null when {@code shared} is present
     */
    private static NonceRegistry nonces(Optional<SharedState> shared, String scope, Duration clockWindow,
                                        MemoryNonceRegistry local) {
        return shared.<NonceRegistry>map(state -> state.nonces(scope, clockWindow.plus(clockWindow))).orElse(local);
    }

    public int port() {
        return server.port();
    }

    public AccountService accounts() {
        return accounts;
    }

    public ImageService images() {
        return images;
    }

    public SeedLoader seedLoader() {
        return new SeedLoader(accounts, images, regions, settings.clock());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (server != null) {
            server.close();
        }
        store.close();
    }
}
