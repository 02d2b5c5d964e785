package io.imageshare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's CPU time and memory from Linux's /proc: {@code stat} for user+system time in clock
 * ticks, {@code status} for VmRSS and VmHWM. Writing 5 to {@code clear_refs} resets VmHWM, so a run's
 * peak is its own; where that is not allowed the peak is since the process started.
 */
final class ProcStats {
    /** USER_HZ: 100 on every mainstream Linux build; Java cannot ask sysconf. */
    private static final double TICKS_PER_SECOND = 100.0;
    private final long pid;

    ProcStats(long pid) {
        this.pid = pid;
    }

    /** A reading at the start of a run. */
    record Mark(long cpuTicks, long nanoTime) {
    }

    Mark mark() {
        try {
            Files.writeString(proc("clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not ours to reset: the peak then counts from the process's start
        }
        return new Mark(cpuTicks(), System.nanoTime());
    }

    BenchReport.ServerUse since(Mark mark) {
        double seconds = (System.nanoTime() - mark.nanoTime()) / 1e9;
        double cpu = (cpuTicks() - mark.cpuTicks()) / TICKS_PER_SECOND / seconds * 100;
        return new BenchReport.ServerUse(round(cpu), round(statusKib("VmRSS:") / 1024.0),
                round(statusKib("VmHWM:") / 1024.0));
    }

    private long cpuTicks() {
        try {
            String stat = Files.readString(proc("stat"));
            // The command name is in parentheses and may hold spaces: count fields after its ')'.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/stat", e);
        }
    }

    private long statusKib(String field) {
        try {
            for (String line : Files.readAllLines(proc("status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
            return -1;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/status", e);
        }
    }

    private Path proc(String file) {
        return Path.of("/proc", Long.toString(pid), file);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
