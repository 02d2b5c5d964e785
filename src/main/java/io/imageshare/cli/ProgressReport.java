package io.imageshare.cli;

import io.imageshare.store.DumpProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on standard error for export, import and bulk-load, or nothing when not {@code shown}. */
final class ProgressReport implements DumpProgress, AutoCloseable {
    private final String task;
    private final boolean shown;
    private final boolean terminal;
    private ProgressBar bar;

    /** @param terminal colours and block characters; else plain ASCII, for a log file */
    ProgressReport(String task, boolean shown, boolean terminal) {
        this.task = task;
        this.shown = shown;
        this.terminal = terminal;
    }

    @Override
    public void start(long totalRows) {
        if (shown && totalRows > 0) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalRows).setUnit(" rows", 1)
                    .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200).showSpeed().build();
        }
    }

    @Override
    public void advance(long rows) {
        if (bar != null && rows > 0) {
            bar.stepBy(rows);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
