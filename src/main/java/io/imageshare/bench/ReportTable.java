package io.imageshare.bench;

import java.io.PrintStream;
import java.util.Locale;

/** The report as a table for the terminal: one line per run. */
public final class ReportTable {
    private static final String ROW = "%-15s %5s %9s %10s %8s %8s %8s %8s %8s %7s %7s %8s%n";

    private ReportTable() {
    }

    public static void print(BenchReport report, PrintStream out) {
        if (!report.runs().isEmpty()) {
            out.printf(Locale.ROOT, ROW, "scenario", "conc", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms",
                    "p99.9 ms", "max ms", "errors", "cpu %", "rss MiB");
        }
        for (BenchReport.Run r : report.runs()) {
            BenchReport.LatencyMs l = r.latencyMs();
            out.printf(Locale.ROOT, ROW, r.scenario(), r.concurrency(), r.requests(),
                    String.format(Locale.ROOT, "%.1f", r.requestsPerSecond()), num(l.p50()), num(l.p90()),
                    num(l.p99()), num(l.p999()), num(l.max()), r.errors(), num(r.server().cpuPercent()),
                    num(r.server().rssPeakMiB()));
            if (r.errors() > 0) {
                out.println("    errors: " + r.errorsByCode() + "  statuses: " + r.responsesByStatus());
            }
        }
        if (report.coldStart() != null) {
            out.println("cold start to first served request: restart median " + report.coldStart().millisToFirstRequest()
                    + " ms, restarts " + report.coldStart().runs() + ", first starts " + report.coldStart().firstStarts());
        }
        report.notes().forEach(n -> out.println("note: " + n));
    }

    private static String num(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }
}
