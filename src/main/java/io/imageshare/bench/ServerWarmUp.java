package io.imageshare.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * Warms a server's JIT before the first measured run: every chosen scenario in turn, unmeasured, for at
 * least the minimum, then on, where the server's pid is known, until its JIT compilers have gone quiet.
 * A fixed time is not enough on a slow machine: on the 2-core VM the server's C2 compiler used about 10
 * s of CPU in its first 20 s under load, so a run measured after 10 s shared the cores with it and
 * served a third fewer requests than one measured later (docs/adr/0021, docs/benchmarks.md "Warm-up").
 */
final class ServerWarmUp {
    /** A round of warm-up load, after which the compilers' CPU is read. */
    static final double ROUND_SECONDS = 2;
    /** Quiet: the compilers used at most this share of one core over the last round. */
    static final double QUIET_SHARE_OF_CORE = 0.05;

    /** Sends one scenario's load, unmeasured, for so many seconds. */
    interface Load {
        void run(String scenario, double seconds) throws InterruptedException;
    }

    private ServerWarmUp() {
    }

    /**
     * @param maxSeconds    the warm-up ends here even while the compilers still work (a JVM that keeps
     *                      recompiling)
     * @param compilerSeconds CPU seconds of the server's compiler threads so far (null: pid unknown, the
     *                        minimum only)
     * @return the note that says how long the warm-up took and why it ended
     */
    static String run(List<String> scenarios, double minSeconds, double maxSeconds, DoubleSupplier compilerSeconds,
                      Load load) throws InterruptedException {
        return run(scenarios, minSeconds, ROUND_SECONDS, maxSeconds, compilerSeconds, load);
    }

    static String run(List<String> scenarios, double minSeconds, double roundSeconds, double maxSeconds,
                      DoubleSupplier compilerSeconds, Load load) throws InterruptedException {
        long start = System.nanoTime();
        if (compilerSeconds == null) {
            for (String name : scenarios) {
                load.run(name, minSeconds / scenarios.size());
            }
            return "server warmed up for " + minSeconds + " s before the first measured run";
        }
        double first = compilerSeconds.getAsDouble();
        double last = first;
        long roundStart = start;
        double share;
        while (true) {
            for (String name : scenarios) {
                load.run(name, roundSeconds / scenarios.size());
            }
            double now = compilerSeconds.getAsDouble();
            share = (now - last) / seconds(roundStart);
            last = now;
            roundStart = System.nanoTime();
            double elapsed = seconds(start);
            if (elapsed >= maxSeconds || (elapsed >= minSeconds && share <= QUIET_SHARE_OF_CORE)) {
                break;
            }
        }
        double compiled = last - first;
        String ending = share <= QUIET_SHARE_OF_CORE ? "until its JIT compilers were quiet"
                : "its JIT compilers still busy at the limit";
        return String.format(Locale.ROOT, "server warmed up for %.1f s, %s (%.1f s of compiler CPU, %.0f%% of a "
                + "core over the last %.1f s)", seconds(start), ending, compiled, share * 100, roundSeconds);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
