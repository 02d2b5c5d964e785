package io.imageshare.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads bench reports (JSON, one per bench run) into their runs, in the order given. */
public final class BenchReports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchReports() {
    }

    /** Every run of every report; {@code notes} hears of runs skipped for want of a field. */
    public static List<BenchRun> read(List<Path> reports, Consumer<String> notes) throws IOException {
        List<BenchRun> runs = new ArrayList<>();
        for (Path report : reports) {
            JsonNode root = JSON.readTree(report.toFile());
            if (root == null || !root.path("runs").isArray()) {
                throw new IOException(report + " is not a bench report: it has no runs");
            }
            JsonNode stored = root.path("storedShares");
            Long storedShares = stored.canConvertToLong() && stored.isIntegralNumber() ? stored.longValue() : null;
            for (JsonNode node : root.get("runs")) {
                BenchRun run = BenchRun.of(node, storedShares);
                if (run == null) {
                    notes.accept(report + ": skipped a run without scenario, concurrency, requestsPerSecond or"
                            + " latencyMs: " + node);
                } else {
                    runs.add(run);
                }
            }
        }
        return runs;
    }
}
