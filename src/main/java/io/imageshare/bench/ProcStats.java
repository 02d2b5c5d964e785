package io.imageshare.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time and memory of a process, or of several summed (nginx's master and workers), from Linux's
 * /proc: {@code stat} for user+system time in clock ticks, {@code status} for VmRSS and VmHWM.
 * Writing 5 to {@code clear_refs} resets VmHWM, so a run's peak is its own; where that is not allowed
 * the peak is since the process started. Summed peaks are an upper bound (each process's own peak).
 */
final class ProcStats {
    /** USER_HZ: 100 on every mainstream Linux build; Java cannot ask sysconf. /proc/stat counts in it too. */
    static final double TICKS_PER_SECOND = 100.0;
    private final List<Long> pids;

    ProcStats(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    ProcStats(long pid) {
        this(List.of(pid));
    }

    boolean includes(long pid) {
        return pids.contains(pid);
    }

    /** A reading at the start of a run. */
    record Mark(long cpuTicks, long nanoTime) {
    }

    Mark mark() {
        for (long pid : pids) {
            try {
                Files.writeString(proc(pid, "clear_refs"), "5");
            } catch (IOException | RuntimeException e) {
                // not ours to reset: the peak then counts from the process's start
            }
        }
        return markCpu();
    }

    /** A reading of CPU time only, leaving the memory peak as it is. */
    Mark markCpu() {
        return new Mark(cpuTicks(), System.nanoTime());
    }

    /** Percent of one core used since the mark. */
    double cpuPercentSince(Mark mark) {
        double seconds = (System.nanoTime() - mark.nanoTime()) / 1e9;
        return round((cpuTicks() - mark.cpuTicks()) / TICKS_PER_SECOND / seconds * 100);
    }

    BenchReport.ServerUse since(Mark mark) {
        return new BenchReport.ServerUse(cpuPercentSince(mark), round(statusKib("VmRSS:") / 1024.0),
                round(statusKib("VmHWM:") / 1024.0));
    }

    private long cpuTicks() {
        long ticks = 0;
        for (long pid : pids) {
            try {
                ticks += ticks(Files.readString(proc(pid, "stat")));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read /proc/" + pid + "/stat", e);
            }
        }
        return ticks;
    }

    /**
     * CPU seconds of the processes' JIT compiler threads so far: HotSpot names them "C1 CompilerThreadN" and
     * "C2 CompilerThreadN" (Graal's "JVMCI CompilerThreadN"), which the kernel keeps as their first 15
     * characters. A thread that ended between listing and reading is skipped.
     */
    double compilerSeconds() {
        long ticks = 0;
        for (long pid : pids) {
            try (var tasks = Files.list(proc(pid, "task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                            ticks += ticks(Files.readString(task.resolve("stat")));
                        }
                    } catch (IOException e) {
                        // the thread ended: its time is no longer counted anywhere
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot list /proc/" + pid + "/task", e);
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** utime + stime from a stat line; the command name is in parentheses and may hold spaces. */
    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15
    }

    private long statusKib(String field) {
        long kib = 0;
        for (long pid : pids) {
            try {
                for (String line : Files.readAllLines(proc(pid, "status"))) {
                    if (line.startsWith(field)) {
                        kib += Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read /proc/" + pid + "/status", e);
            }
        }
        return kib;
    }

    private static Path proc(long pid, String file) {
        return Path.of("/proc", Long.toString(pid), file);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
