package io.imageshare.api.aliyun.ecs;

import io.imageshare.auth.CapturedRequest;
import io.imageshare.http.ApiRequest;
import io.imageshare.http.Param;
import io.imageshare.http.PercentCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading an SDK's DescribeImageSharePermission: decoding its query, the same parameters as a form
 * body, encoding a value as the signers do, and the ECS handler's own parameter checks. Lives in
 * the ECS package to call the handler's parsing itself rather than a copy of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParsingBenchmark {
    private CapturedRequest query;
    private Map<String, List<String>> formHeaders;
    private byte[] formBody;

    @Setup
    public void setUp() {
        query = CapturedRequest.labelled("tea-ecs-5.3.0/v2/DescribeImageSharePermission");
        formHeaders = new LinkedHashMap<>(query.headers());
        formHeaders.put("content-type", List.of("application/x-www-form-urlencoded"));
        formBody = query.rawQuery().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public List<Param> decodeQuery() {
        return PercentCodec.decodeForm(query.rawQuery());
    }

    @Benchmark
    public List<Param> decodeFormBody() {
        return new ApiRequest("POST", "/", "", formHeaders, formBody, "127.0.0.1").params();
    }

    /** Every parameter as the RPC signer encodes it for its string to sign. */
    @Benchmark
    public List<String> encodeParams() {
        List<Param> params = query.request().params();
        List<String> out = new ArrayList<>(params.size());
        for (Param p : params) {
            out.add(PercentCodec.encode(p.value()));
        }
        return out;
    }

    @Benchmark
    public EcsShareHandlers.DescribeQuery ecsDescribeParams() {
        return EcsShareHandlers.DescribeQuery.of(EcsShareHandlers.describeParams(query.request()));
    }
}
