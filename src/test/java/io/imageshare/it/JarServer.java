package io.imageshare.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged server, {@code java -jar target/imageshare.jar serve --port 0 …}, as a process of its own:
 * what operators run, and what SIGKILL can hit. Its output is read all along (a full pipe would block
 * its logging, and so its requests); the last lines are kept for failure messages.
 */
final class JarServer implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");
    private static final int KEPT_LINES = 200;
    /** 128 + 9: how the JDK reports a process ended by SIGKILL. */
    private static final int KILLED_BY_SIGKILL = 137;

    private final Process process;
    private final int port;
    private final Deque<String> lastLines;

    private JarServer(Process process, int port, Deque<String> lastLines) {
        this.process = process;
        this.port = port;
        this.lastLines = lastLines;
    }

    /** Starts {@code serve} with the options and waits until it listens. */
    static JarServer start(List<String> options) throws Exception {
        List<String> command = new ArrayList<>(List.of("serve", "--port", "0"));
        command.addAll(options);
        Process process = new ProcessBuilder(command(command)).redirectErrorStream(true).start();
        Deque<String> lastLines = new ArrayDeque<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    keep(lastLines, line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
                port.completeExceptionally(new IllegalStateException("server exited: " + process.waitFor()));
            } catch (IOException | InterruptedException e) {
                port.completeExceptionally(e);
            }
        });
        try {
            return new JarServer(process, port.get(60, TimeUnit.SECONDS), lastLines);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not start:\n" + tail(lastLines), e);
        }
    }

    /** Runs an admin command ({@code account add …}) to its end; fails the test unless it succeeds. */
    static void run(List<String> args) throws Exception {
        Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }

    int port() {
        return port;
    }

    /** {@code 127.0.0.1:port}: the SDKs' endpoint form. */
    String endpoint() {
        return "127.0.0.1:" + port;
    }

    /** Kills the process with SIGKILL (no shutdown hook, nothing flushed) and waits until it is gone. */
    void killNine() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL on Linux: checked by the exit status below
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit status of a process killed by SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
    }

    /** The last lines the server wrote, for failure messages. */
    String output() {
        return tail(lastLines);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> command(List<String> args) {
        // C1 only and the serial collector: half the start-up time on a small, shared machine; the
        // tests are about what survives, not about speed.
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-jar", jar()));
        command.addAll(args);
        return command;
    }

    private static void keep(Deque<String> lines, String line) {
        synchronized (lines) {
            if (lines.size() == KEPT_LINES) {
                lines.removeFirst();
            }
            lines.addLast(line);
        }
    }

    private static String tail(Deque<String> lines) {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String jar() {
        Path jar = Path.of("target", "imageshare.jar");
        assertThat(Files.exists(jar)).as("run through `./mvnw verify`, which packages first").isTrue();
        return jar.toString();
    }
}
