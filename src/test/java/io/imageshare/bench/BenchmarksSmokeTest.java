package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Every JMH benchmark (src/jmh/java) runs once for a few milliseconds in this JVM, so a benchmark
 * that no longer compiles or throws fails the build. Nothing here is timed: figures come from the
 * full run in docs/benchmarks.md.
 */
class BenchmarksSmokeTest {

    @Test
    void everyBenchmarkRunsWithoutError() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build()).run();
        Set<String> ran = new TreeSet<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            ran.add(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
            assertThat(r.getPrimaryResult().getSampleCount()).as(name).isPositive();
        }
        assertThat(ran).contains("SignatureBenchmark.verifyRpcV1", "SignatureBenchmark.verifyAcs3",
                "SignatureBenchmark.verifyTc3", "ParsingBenchmark.decodeQuery", "ParsingBenchmark.decodeFormBody",
                "ParsingBenchmark.encodeParams", "ParsingBenchmark.ecsDescribeParams", "RenderingBenchmark.ecsJson",
                "RenderingBenchmark.ecsXml", "RenderingBenchmark.cvmJson", "PolicyBenchmark.decide",
                "PolicyBenchmark.parse");
    }
}
