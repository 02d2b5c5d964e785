package io.imageshare.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of a test's own, in a temporary directory on a free port, for tests that stop and
 * start the database server: the shared server ({@link LocalPostgres}) is never disturbed. It needs the
 * server binaries (initdb, pg_ctl: IMAGESHARE_TEST_PG_BIN, else PATH, else /usr/lib/postgresql/N/bin).
 * PostgreSQL refuses to run as root, so as root they run as the user postgres through runuser.
 * Trust authentication, for the user postgres; closing stops the server and deletes the directory.
 */
public final class PrivatePostgres implements AutoCloseable {
    public static final String USER = "postgres";
    private static final Path BIN = findBinaries();
    private static final boolean AS_ROOT = "root".equals(System.getProperty("user.name"));
    /** Whether a private cluster can be made on this machine. */
    public static final boolean AVAILABLE = BIN != null && (!AS_ROOT || canRunAsPostgres());

    private final Path dir;
    private int port;
    private boolean running;

    private PrivatePostgres(Path dir) {
        this.dir = dir;
    }

    /** The message of a test skipped for want of the binaries: loud, and says what did not run. */
    public static String skipMessage(String what) {
        return "No PostgreSQL server binaries (initdb, pg_ctl)" + (AS_ROOT ? " or no user postgres and runuser" : "")
                + ": SKIPPING " + what + " (set IMAGESHARE_TEST_PG_BIN to their directory to run it)";
    }

    /** Creates the cluster and starts it on a free port. */
    public static PrivatePostgres create() throws IOException, InterruptedException {
        if (!AVAILABLE) {
            throw new IllegalStateException(skipMessage("a private PostgreSQL cluster"));
        }
        PrivatePostgres cluster = new PrivatePostgres(Files.createTempDirectory("imageshare-pg-"));
        try {
            if (AS_ROOT) {
                Files.setOwner(cluster.dir, FileSystems.getDefault().getUserPrincipalLookupService()
                        .lookupPrincipalByName(USER));
            }
            // No fsync while creating the cluster: it is thrown away anyway. The server itself keeps
            // fsync on, so a commit it acknowledged survives its crash as in production.
            cluster.run("initdb", "-D", cluster.data(), "-U", USER, "-A", "trust", "-E", "UTF8", "--no-locale",
                    "--no-sync");
            try (ServerSocket probe = new ServerSocket(0)) {
                cluster.port = probe.getLocalPort();
            }
            cluster.start();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Starts the server again (after {@link #stop}), on the same port and data; returns once it accepts. */
    public void start() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data(), "-l", dir.resolve("log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c shared_buffers=16MB"
                        + " -c max_connections=40",
                "start");
        running = true;
    }

    /**
     * Stops the server: {@code fast} ends every session with an error (57P01) and shuts down cleanly;
     * {@code immediate} kills it like a crash, and the next start recovers from the write-ahead log.
     */
    public void stop(String mode) throws IOException, InterruptedException {
        run("pg_ctl", "-D", data(), "-w", "-m", mode, "stop");
        running = false;
    }

    /** The JDBC URL of its {@code postgres} database. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** The server's log so far, for failure messages. */
    public String log() {
        try {
            Path log = dir.resolve("log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (running) {
                stop("immediate");
            }
        } finally {
            TestFiles.deleteRecursively(dir);
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    /** Runs a server binary (as postgres when we are root), in the cluster's directory; fails unless it succeeds. */
    private void run(String binary, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (AS_ROOT) {
            command.addAll(List.of("runuser", "-u", USER, "--"));
        }
        command.add(BIN.resolve(binary).toString());
        command.addAll(Arrays.asList(args));
        // The cluster's directory: postgres may not enter ours.
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output + "\n" + log());
        }
    }

    private static Path findBinaries() {
        String configured = System.getenv("IMAGESHARE_TEST_PG_BIN");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "pg_ctl"))) {
                try {
                    // A link (/usr/local/bin/pg_ctl) names the directory the other binaries are in.
                    candidates.add(Path.of(entry, "pg_ctl").toRealPath().getParent());
                } catch (IOException e) {
                    // A link gone stale: look further.
                }
            }
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            versions.map(v -> v.resolve("bin")).sorted(Comparator.reverseOrder()).forEach(candidates::add);
        } catch (IOException e) {
            // No Debian-style installation.
        }
        return candidates.stream()
                .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                .findFirst().orElse(null);
    }

    private static boolean canRunAsPostgres() {
        try {
            FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName(USER);
            Process probe = new ProcessBuilder("runuser", "-u", USER, "--", "true").redirectErrorStream(true).start();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
