package io.imageshare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The whole machine's CPU time, from the first line of Linux's /proc/stat, so that a run can say how much
 * of the machine neither the bench nor the server used: other processes, the kernel's threads, interrupts.
 * On the development VM that share moved between runs (its own services, the kernel's DAMON thread:
 * docs/benchmarks.md, "The machine when idle"), and a run disturbed by it should say so.
 */
final class MachineCpu {
    /**
     * @param busy  user, nice, system, hard and soft interrupt time: every task's, ours included. Linux
     *              charges an interrupt's tick to the task it interrupted too (the server's stime holds the
     *              loopback receive it did), so interrupts are counted here, not apart.
     * @param steal time the host ran something else while a vCPU wanted to run (0 where not reported)
     */
    record Ticks(long busy, long steal, long nanoTime) {
    }

    private MachineCpu() {
    }

    static Ticks now() {
        try {
            String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
            return parse(first, System.nanoTime());
        } catch (IOException | RuntimeException e) {
            return null; // not Linux, or /proc unreadable: the run's note says nothing of the rest
        }
    }

    /** Parses {@code cpu  user nice system idle iowait irq softirq steal ...}. */
    static Ticks parse(String cpuLine, long nanoTime) {
        String[] f = cpuLine.strip().split("\\s+");
        if (!f[0].equals("cpu") || f.length < 8) {
            throw new IllegalArgumentException("not /proc/stat's total line: " + cpuLine);
        }
        long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7}) { // user nice system, irq softirq; not idle (4), iowait (5)
            busy += Long.parseLong(f[i]);
        }
        return new Ticks(busy, steal, nanoTime);
    }

    /**
     * What the rest of the machine used between two readings, in percent of one core.
     *
     * @param oursPercent the CPU percent of the bench and its server over the same time (counted once each)
     */
    static String rest(Ticks from, Ticks to, double oursPercent) {
        double seconds = (to.nanoTime() - from.nanoTime()) / 1e9;
        String text = String.format(Locale.ROOT, "the rest of the machine used %.1f%% CPU (other processes, the"
                + " kernel's threads, interrupts)", percent(to.busy() - from.busy(), seconds) - oursPercent);
        long steal = to.steal() - from.steal();
        return steal > 0 ? text + String.format(Locale.ROOT, "; the host took %.1f%%", percent(steal, seconds)) : text;
    }

    private static double percent(long ticks, double seconds) {
        return ticks / ProcStats.TICKS_PER_SECOND / seconds * 100;
    }
}
