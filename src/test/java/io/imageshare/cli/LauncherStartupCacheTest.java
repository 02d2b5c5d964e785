package io.imageshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's startup cache (docs/adr/0012), run against a stand-in JDK whose {@code java} records what
 * it was asked and, asked to train, leaves a cache file behind as a training cut short does, then exits
 * as told. The launcher itself is the project's own script, copied beside a placeholder jar.
 */
class LauncherStartupCacheTest {
    @TempDir
    Path dir;
    private Path app;
    private Path jdk;

    @BeforeEach
    void layOut() throws IOException {
        app = Files.createDirectories(dir.resolve("app"));
        Files.copy(Path.of("imageshare"), app.resolve("imageshare"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(app.resolve("target"));
        Files.writeString(app.resolve("target/imageshare.jar"), "a placeholder: the stand-in java never opens it");
        jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"25.0.3\"\n");
        Path java = jdk.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                for a in "$@"; do
                  if [ "$a" = bench ]; then
                    echo partial > target/imageshare.aot
                    exit "$TRAINING_EXIT"
                  fi
                done
                echo "java $*"
                """);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String out, String err) {
    }

    private Run launch(int trainingExit) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", app.resolve("imageshare").toString(), "--version");
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("IMAGESHARE_"));
        env.put("JAVA_HOME", dir.resolve("jdk").toString());
        env.put("TRAINING_EXIT", Integer.toString(trainingExit));
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void aTrainingThatFailsLeavesNoCacheAndIsTriedAgainAtTheNextStart() throws Exception {
        Run first = launch(1);
        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("could not train the startup cache; running without it");
        assertThat(app.resolve("target/imageshare.aot")).doesNotExist();
        assertThat(app.resolve("target/imageshare.startup-cache.trained")).doesNotExist();
        assertThat(first.out()).startsWith("java ").doesNotContain("AOTCache");

        Run second = launch(0);
        assertThat(second.err()).contains("training the startup cache");
        assertThat(second.out()).contains("-XX:AOTCache=target/imageshare.aot");
    }

    @Test
    void aTrainingThatSucceedsIsKeptAndNotRepeated() throws Exception {
        Run first = launch(0);
        assertThat(first.err()).contains("training the startup cache").doesNotContain("could not train");
        assertThat(app.resolve("target/imageshare.startup-cache.trained")).exists();
        assertThat(first.out()).contains("-XX:AOTCache=target/imageshare.aot");

        Run second = launch(0);
        assertThat(second.err()).doesNotContain("training the startup cache");
        assertThat(second.out()).contains("-XX:AOTCache=target/imageshare.aot");
    }
}
