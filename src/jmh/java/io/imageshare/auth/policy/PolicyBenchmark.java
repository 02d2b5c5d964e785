package io.imageshare.auth.policy;

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
 * What a sub-user's request adds to the verifier's work: deciding on the bench's RAM user's two
 * policies (three statements, an IP and a Bool condition), and parsing them, which the server does once
 * per document text (the authorizer caches parsed documents).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class PolicyBenchmark {
    static final String READ = "{\"Version\": \"1\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
            + "[\"ecs:DescribeImageSharePermission\", \"ecs:DescribeImages\"], \"Resource\": "
            + "\"acs:ecs:*:5100000000000001:image/*\", \"Condition\": {\"IpAddress\": {\"acs:SourceIp\": "
            + "[\"127.0.0.0/8\", \"::1/128\"]}}}, {\"Effect\": \"Deny\", \"Action\": \"ecs:ModifyImageSharePermission\","
            + " \"Resource\": \"acs:ecs:*:5100000000000001:image/m-bench0pages*\"}]}";
    static final String LIST = "{\"Version\": \"1\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": "
            + "[\"ecs:Describe*\", \"ens:Describe*\", \"swas-open:List*\"], \"Resource\": \"*\", \"Condition\": "
            + "{\"Bool\": {\"acs:SecureTransport\": \"false\"}}}]}";

    List<Policy> policies;
    AccessRequest describe;

    @Setup
    public void setUp() throws PolicyException {
        policies = List.of(Policies.parseRam(READ), Policies.parseRam(LIST));
        describe = new AccessRequest("ecs:DescribeImageSharePermission",
                List.of("acs:ecs:cn-hangzhou:5100000000000001:image/m-bp1benchnoop00000001"),
                Map.of("acs:sourceip", "127.0.0.1", "acs:securetransport", "false",
                        "acs:currenttime", "2026-11-24T00:00:00Z"));
    }

    @Benchmark
    public Decision decide() {
        return Policies.decide(policies, describe);
    }

    @Benchmark
    public Policy parse() throws PolicyException {
        return Policies.parseRam(READ);
    }
}
