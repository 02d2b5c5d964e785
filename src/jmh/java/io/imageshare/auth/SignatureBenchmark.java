package io.imageshare.auth;

import io.imageshare.core.AccessKey;
import io.imageshare.core.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Verifying one SDK-signed DescribeImageSharePermission per scheme, the whole authenticator path
 * (parse, canonical form, HMAC, compare, clock window). The replay memory accepts every nonce here:
 * the same captured request is verified again and again, and the memory is not what is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignatureBenchmark {
    private static final AccessKey KEY =
            new AccessKey("AKIDTEST", "SECRETTEST", AccountId.aliyun("1717104080910000"), null, true);
    private static final KeyDirectory KEYS = id -> KEY.id().equals(id) ? Optional.of(KEY) : Optional.empty();

    private CapturedRequest rpcV1;
    private CapturedRequest acs3;
    private CapturedRequest tc3;
    private AliyunAuthenticator rpcV1Verifier;
    private AliyunAuthenticator acs3Verifier;
    private TencentAuthenticator tc3Verifier;

    @Setup
    public void setUp() {
        rpcV1 = CapturedRequest.labelled("legacy-ecs-5.11.7+core-4.7.10/v1/DescribeImageSharePermission");
        acs3 = CapturedRequest.labelled("tea-ecs-5.3.0/acs3/DescribeImageSharePermission");
        tc3 = CapturedRequest.labelled("tencent-cvm-3.1.1342/tc3-post/DescribeImageSharePermission");
        rpcV1Verifier = new AliyunAuthenticator(KEYS, new AnyNonce(), at(rpcV1.signedAt()));
        acs3Verifier = new AliyunAuthenticator(KEYS, new AnyNonce(), at(acs3.signedAt()));
        tc3Verifier = new TencentAuthenticator(KEYS, new AnyNonce(), at(tc3.signedAt()));
        // A benchmark of a refusal would time the wrong path: check each verifies before timing.
        verifyRpcV1();
        verifyAcs3();
        verifyTc3();
    }

    @Benchmark
    public AccessKey verifyRpcV1() {
        return rpcV1Verifier.authenticate(rpcV1.request());
    }

    @Benchmark
    public AccessKey verifyAcs3() {
        return acs3Verifier.authenticate(acs3.request());
    }

    @Benchmark
    public AccessKey verifyTc3() {
        return tc3Verifier.authenticate(tc3.request());
    }

    private static InstantSource at(Instant signedAt) {
        return InstantSource.fixed(signedAt);
    }

    /** Replay memory that has seen nothing, always. */
    private static final class AnyNonce implements NonceRegistry {
        @Override
        public Duration retention() {
            return Duration.ofDays(1);
        }

        @Override
        public boolean firstUse(String accessKeyId, String nonce, Instant now) {
            return true;
        }
    }
}
