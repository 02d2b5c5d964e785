package io.imageshare.api.tencent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.imageshare.api.tencent.cvm.CvmApi;
import io.imageshare.auth.MemoryNonceRegistry;
import io.imageshare.auth.Authorizer;
import io.imageshare.auth.TencentAuthenticator;
import io.imageshare.core.AccessKey;
import io.imageshare.core.Account;
import io.imageshare.core.AccountId;
import io.imageshare.core.ImageIds;
import io.imageshare.core.ImageService;
import io.imageshare.core.NewImage;
import io.imageshare.core.PageRequest;
import io.imageshare.core.Product;
import io.imageshare.core.Regions;
import io.imageshare.core.ShareChange;
import io.imageshare.core.ShareLimits;
import io.imageshare.http.ApiRequest;
import io.imageshare.http.ApiResponse;
import io.imageshare.store.DatabaseConfig;
import io.imageshare.store.JdbcStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Tencent request the official SDK made in captures.jsonl (TC3 POST and GET, via a proxy, v1,
 * odd encodings) through the whole dialect, on the capture's clock: each is read, verified and
 * answered as a success, so every wire form the SDK produces reaches the handlers intact.
 */
class TencentDialectCaptureTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AccountId OWNER = AccountId.tencent("200000000001");
    private static final List<AccountId> RECIPIENTS =
            List.of(AccountId.tencent("100000000001"), AccountId.tencent("100000000002"));
    private static final String IMAGE = "img-12345678";
    private static final Instant SIGNED_AT = Instant.parse("2026-11-23T07:39:41Z");

    @TempDir
    static Path dir;
    private static JdbcStore store;
    private static ImageService images;
    private TencentDialect dialect;

    /** One captured request, as the dialect receives it. */
    record Captured(String label, String method, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        ApiRequest request() {
            return new ApiRequest(method, "/", rawQuery, headers, body, "127.0.0.1");
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static Captured capture(String label) {
        return captures().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
    }

    static List<Captured> captures() {
        List<Captured> out = new ArrayList<>();
        try (var in = TencentDialectCaptureTest.class.getResourceAsStream("/captures.jsonl");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                JsonNode o = line.isBlank() ? null : JSON.readTree(line);
                if (o == null || !o.get("label").asText().startsWith("tencent-")) {
                    continue;
                }
                Map<String, List<String>> headers = new LinkedHashMap<>();
                o.get("headers").forEach(h -> headers.computeIfAbsent(h.get(0).asText().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(h.get(1).asText()));
                out.add(new Captured(o.get("label").asText(), o.get("method").asText(), o.path("rawquery").asText(""),
                        headers, o.path("body").asText("").getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @BeforeAll
    static void openStore() {
        store = JdbcStore.open(DatabaseConfig.sqlite(dir));
        InstantSource clock = InstantSource.fixed(SIGNED_AT);
        images = new ImageService(store, clock, ShareLimits.defaults(), new ImageIds());
        store.write(tx -> {
            tx.insertAccount(new Account(OWNER, "owner", SIGNED_AT));
            RECIPIENTS.forEach(r -> tx.insertAccount(new Account(r, null, SIGNED_AT)));
            return null;
        });
        images.createImage(OWNER, Product.CVM, "ap-guangzhou", new NewImage(IMAGE, "captured", null, "linux", "Linux",
                "x86_64", 50));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @BeforeEach
    void freshDialectAndNoShares() {
        InstantSource clock = InstantSource.fixed(SIGNED_AT);
        AccessKey key = new AccessKey("AKIDTEST", "SECRETTEST", OWNER, null, true);
        TencentAuthenticator auth = new TencentAuthenticator(id -> Optional.of(key).filter(k -> k.id().equals(id)),
                MemoryNonceRegistry.forClockWindow(TencentAuthenticator.DEFAULT_WINDOW, 1000), clock);
        dialect = new TencentDialect(auth,
                new Authorizer(Instant::now), new RateLimiter(clock, 100, 100), Regions.defaults(),
                List.of(new CvmApi(images, Regions.defaults())));
        images.modifyShares(OWNER, Product.CVM, "ap-guangzhou", IMAGE, ShareChange.remove(RECIPIENTS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void everyCapturedSdkRequestIsVerifiedReadAndAnswered(Captured c) throws IOException {
        ApiResponse answer = dialect.handle(c.request());

        JsonNode response = JSON.readTree(answer.body()).path("Response");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(response.path("RequestId").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        String action = c.headers().containsKey("x-tc-action") ? c.headers().get("x-tc-action").get(0)
                : "ModifyImageSharePermission"; // the one v1 capture
        switch (action) {
            case "ModifyImageSharePermission" -> {
                assertThat(response.has("Error")).as(response.toString()).isFalse();
                assertThat(images.listShares(OWNER, Product.CVM, "ap-guangzhou", IMAGE, PageRequest.all(10), null)
                        .shares().items()).hasSize(2);
            }
            case "DescribeImages" -> {
                if (c.label().contains("edge-encoding")) {
                    // The name filter with every awkward character, read back intact: it matches nothing.
                    assertThat(response.has("Error")).as(response.toString()).isFalse();
                    assertThat(response.path("TotalCount").asInt()).isZero();
                } else {
                    // These captures sent ImageIds and Filters together: read as such, they get the vendor's error.
                    assertThat(response.path("Error").path("Code").asText())
                            .isEqualTo("InvalidParameter.InvalidParameterCoexistImageIdsFilters");
                }
            }
            default -> {
                assertThat(response.has("Error")).as(response.toString()).isFalse();
                assertThat(response.path("SharePermissionSet").isArray()).isTrue();
            }
        }
    }
}
