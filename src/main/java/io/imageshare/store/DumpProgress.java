package io.imageshare.store;

/** What an export or import tells as it goes, for a progress bar: the rows in all, then rows done. */
public interface DumpProgress {
    DumpProgress NONE = new DumpProgress() {
        @Override
        public void start(long totalRows) {
        }

        @Override
        public void advance(long rows) {
        }
    };

    /** Called once, before the first row. */
    void start(long totalRows);

    void advance(long rows);
}
