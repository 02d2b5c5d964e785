package io.imageshare.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.core.AccessKey;
import io.imageshare.core.AccountId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Keys, authenticators and small helpers the auth tests share. */
final class Fixture {
    static final AccessKey KEY =
            new AccessKey("AKIDTEST", "SECRETTEST", AccountId.aliyun("1717104080910000"), null, true);
    static final KeyDirectory KEYS = directory(KEY);

    /** Parameters every request carries whatever the operation; tampering changes one of the others. */
    private static final Set<String> COMMON = Set.of("Action", "Version", "Format", "Timestamp", "SignatureNonce",
            "SignatureMethod", "SignatureVersion", "AccessKeyId", "Signature", "SecretId", "Nonce", "Region",
            "RequestClient", "RegionId");

    private Fixture() {
    }

    static KeyDirectory directory(AccessKey... keys) {
        Map<String, AccessKey> byId = Arrays.stream(keys).collect(Collectors.toMap(AccessKey::id, Function.identity()));
        return id -> Optional.ofNullable(byId.get(id));
    }

    /** Both authenticators over one registry, with the clock fixed at {@code now}. */
    record Verifier(AliyunAuthenticator aliyun, TencentAuthenticator tencent, MemoryNonceRegistry nonces) {
        AccessKey verify(Capture c) {
            return c.isTencent() ? tencent.authenticate(c.request()) : aliyun.authenticate(c.request());
        }
    }

    static Verifier verifier(KeyDirectory keys, Instant now) {
        MemoryNonceRegistry nonces = MemoryNonceRegistry.forClockWindow(AliyunAuthenticator.DEFAULT_WINDOW, 10_000);
        InstantSource clock = InstantSource.fixed(now);
        return new Verifier(new AliyunAuthenticator(keys, nonces, clock, AliyunAuthenticator.DEFAULT_WINDOW),
                new TencentAuthenticator(keys, nonces, clock, TencentAuthenticator.DEFAULT_WINDOW), nonces);
    }

    static Verifier verifierAt(Capture c) {
        return verifier(KEYS, c.signedAt());
    }

    static Duration window(Capture c) {
        return c.isTencent() ? TencentAuthenticator.DEFAULT_WINDOW : AliyunAuthenticator.DEFAULT_WINDOW;
    }

    /** The failure the call ends with; fails the test if it succeeds or throws something else. */
    static AuthFailure failure(ThrowingCallable call) {
        try {
            call.call();
        } catch (AuthException e) {
            return e.failure();
        } catch (Throwable t) {
            throw new AssertionError("expected an AuthException", t);
        }
        throw new AssertionError("expected an AuthException, but the request verified");
    }

    static AuthException exception(ThrowingCallable call) {
        try {
            call.call();
        } catch (AuthException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected an AuthException", t);
        }
        throw new AssertionError("expected an AuthException, but the request verified");
    }

    /** One business parameter changed, or, for a JSON body, one character of a string value. */
    static Capture tamperBusiness(Capture c) {
        for (var p : c.request().params()) {
            if (!COMMON.contains(p.name()) && !p.value().isEmpty()) {
                return c.withParam(p.name(), p.value() + "x");
            }
        }
        String body = new String(c.body(), StandardCharsets.UTF_8);
        int at = body.indexOf("\":\"");
        assertThat(at).as("a string value to tamper with in %s", body).isPositive();
        char[] chars = body.toCharArray();
        chars[at + 3] ^= 1;
        return c.withBody(new String(chars).getBytes(StandardCharsets.UTF_8));
    }

    /** The signature itself changed, wherever it travels. */
    static Capture tamperSignature(Capture c) {
        String auth = c.header("Authorization");
        if (auth != null) {
            int at = auth.indexOf("Signature=") + "Signature=".length();
            char first = auth.charAt(at);
            return c.withHeader("Authorization",
                    auth.substring(0, at) + (first == '0' ? '1' : '0') + auth.substring(at + 1));
        }
        String sig = c.param("Signature");
        return c.withParam("Signature", (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1));
    }

    static Capture withoutSignature(Capture c) {
        return c.header("Authorization") != null ? c.withHeader("Authorization", null) : c.withParam("Signature", null);
    }
}
