package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerWarmUpTest {
    private final List<String> calls = new ArrayList<>();
    private double compilerSeconds;

    /** A load that takes its time and, for the first {@code busyCalls} calls, makes the compilers work. */
    private ServerWarmUp.Load load(int busyCalls) {
        return (name, seconds) -> {
            calls.add(name);
            if (calls.size() <= busyCalls) {
                compilerSeconds += 1; // a whole core's second: far over the quiet share
            }
            Thread.sleep((long) (seconds * 1000));
        };
    }

    @Test
    void warmsPastTheMinimumUntilTheCompilersAreQuiet() throws InterruptedException {
        String note = ServerWarmUp.run(List.of("a", "b"), 0.1, 0.1, 10, () -> compilerSeconds, load(12));

        // 6 busy rounds of two scenarios, then the first quiet one ends it.
        assertThat(calls).hasSize(14).containsOnly("a", "b");
        assertThat(note).contains("until its JIT compilers were quiet").contains("12.0 s of compiler CPU")
                .contains("0% of a core over the last 0.1 s");
    }

    @Test
    void aQuietServerStillGetsTheMinimum() throws InterruptedException {
        String note = ServerWarmUp.run(List.of("a"), 0.5, 0.1, 10, () -> compilerSeconds, load(0));

        assertThat(calls).hasSizeBetween(5, 6); // rounds of 0.1 s until 0.5 s have passed
        assertThat(note).contains("until its JIT compilers were quiet");
    }

    @Test
    void stopsAtTheLimitWhenTheCompilersNeverRest() throws InterruptedException {
        String note = ServerWarmUp.run(List.of("a"), 0.1, 0.1, 0.5, () -> compilerSeconds, load(Integer.MAX_VALUE));

        assertThat(calls).hasSizeBetween(5, 6);
        assertThat(note).contains("its JIT compilers still busy at the limit");
    }

    @Test
    void withoutThePidOnlyTheMinimumSplitAmongTheScenarios() throws InterruptedException {
        List<Double> seconds = new ArrayList<>();
        String note = ServerWarmUp.run(List.of("a", "b"), 1, 100, null, (name, s) -> seconds.add(s));

        assertThat(seconds).containsExactly(0.5, 0.5);
        assertThat(note).isEqualTo("server warmed up for 1.0 s before the first measured run");
    }

    @Test
    void compilerThreadsAreFoundByName() throws Exception {
        // This JVM has compiled the test framework by now: its compiler threads have used CPU.
        assertThat(new ProcStats(ProcessHandle.current().pid()).compilerSeconds()).isPositive();
        Process sleep = new ProcessBuilder("sleep", "5").start();
        try {
            assertThat(new ProcStats(sleep.pid()).compilerSeconds()).isZero(); // no thread of that name
        } finally {
            sleep.destroy();
        }
    }
}
