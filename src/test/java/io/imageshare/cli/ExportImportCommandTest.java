package io.imageshare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.imageshare.secret.MasterKey;
import io.imageshare.testing.LocalPostgres;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export and import commands as Main runs them: exit codes, files, messages. */
class ExportImportCommandTest {
    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String SUMMARY = "29 rows (account 8, access_key 6, sub_user 2, user_policy 2, image 6,"
            + " image_share 5, client_token 0)";

    @TempDir
    Path dir;
    private String source;

    record Run(int exit, String err) {
    }

    @BeforeEach
    void seedTheSource() {
        source = dir.resolve("source").toString();
        assertThat(run("seed", "--data", source, "--master-key", KEY, "docs/examples/seed.json").exit()).isZero();
    }

    @Test
    void exportThenImportMovesEverythingToAnotherDataDirectory() throws Exception {
        String dump = dir.resolve("dump.jsonl.gz").toString();
        String target = dir.resolve("target").toString();

        Run export = run("export", "--data", source, "--out", dump);
        Run load = run("import", "--data", target, "--master-key", KEY, "--in", dump);
        Run again = run("export", "--data", target, "--out", dir.resolve("again.jsonl").toString());

        assertThat(export).isEqualTo(new Run(0, "exported " + SUMMARY + " to " + dump + "\n"));
        assertThat(load).isEqualTo(new Run(0, "imported " + SUMMARY + " from " + dump + "\n"));
        assertThat(again.exit()).isZero();
        assertThat(withoutCreatedAt(Files.readAllBytes(dir.resolve("again.jsonl")))).isEqualTo(withoutCreatedAt(gunzip(dump)));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void exportThenImportMovesEverythingToPostgres() throws Exception {
        Assumptions.assumeTrue(LocalPostgres.AVAILABLE, LocalPostgres.skipMessage("the PostgreSQL import command test"));
        String name = LocalPostgres.uniqueName("imageshare_test_");
        String url = LocalPostgres.createDatabase(name);
        try {
            List<String> postgres = new ArrayList<>(List.of("--data", source, "--master-key", KEY,
                    "--db", url, "--db-user", LocalPostgres.USER));
            if (LocalPostgres.PASSWORD != null) {
                postgres.addAll(List.of("--db-password", LocalPostgres.PASSWORD));
            }
            String dump = dir.resolve("dump.jsonl").toString();
            assertThat(run("export", "--data", source, "--out", dump).exit()).isZero();

            assertThat(run(concat(List.of("import", "--in", dump), postgres)))
                    .isEqualTo(new Run(0, "imported " + SUMMARY + " from " + dump + "\n"));
            assertThat(run(concat(List.of("import", "--in", dump), postgres)))
                    .isEqualTo(new Run(1, "imageshare: the target database is not empty (table account has rows):"
                            + " import only into a new database\n"));
            String again = dir.resolve("again.jsonl").toString();
            assertThat(run(concat(List.of("export", "--out", again), postgres)).exit()).isZero();
            assertThat(withoutCreatedAt(Files.readAllBytes(Path.of(again))))
                    .isEqualTo(withoutCreatedAt(Files.readAllBytes(Path.of(dump))));
        } finally {
            LocalPostgres.dropDatabase(name);
        }
    }

    @Test
    void importRefusesATargetWithoutTheSourcesMasterKey() throws Exception {
        String dump = dir.resolve("dump.jsonl").toString();
        Path target = dir.resolve("target");
        assertThat(run("export", "--data", source, "--out", dump).exit()).isZero();

        Run noKey = run("import", "--data", target.toString(), "--in", dump);
        Run otherKey = run("import", "--data", target.toString(), "--in", dump,
                "--master-key", Base64.getEncoder().encodeToString(new byte[32]));

        String fix = "import with the source's master key (copy its master.key into " + target
                + " or pass --master-key)\n";
        assertThat(noKey).isEqualTo(new Run(1, "imageshare: line 10: the dump holds access keys and there is no"
                + " master key; " + fix));
        assertThat(otherKey).isEqualTo(new Run(1, "imageshare: line 10: the master key cannot decrypt access key"
                + " AKIDExampleCvmReaderKey01, so it is not the dump's source's; " + fix));
        assertThat(target.resolve(MasterKey.FILE_NAME)).doesNotExist();
        assertThat(run("export", "--data", target.toString(), "--out", dir.resolve("empty.jsonl").toString()).err())
                .startsWith("exported 0 rows");
        // With the source's key in the target's key file, the same import goes through.
        Files.writeString(target.resolve(MasterKey.FILE_NAME), KEY);
        assertThat(run("import", "--data", target.toString(), "--in", dump).exit()).isZero();
    }

    @Test
    void standardOutputAndInputCarryTheDump() throws Exception {
        PrintStream out = System.out;
        InputStream in = System.in;
        ByteArrayOutputStream dump = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(dump, true));
            assertThat(run("export", "--data", source, "--out", "-", "--quiet")).isEqualTo(new Run(0, ""));
            System.setIn(new ByteArrayInputStream(dump.toByteArray()));
            assertThat(run("import", "--data", dir.resolve("target").toString(), "--master-key", KEY, "--in", "-",
                    "--progress").exit()).isZero();
        } finally {
            System.setOut(out);
            System.setIn(in);
        }
        assertThat(dump.toString(StandardCharsets.UTF_8)).startsWith("{\"format\":\"imageshare-dump\"")
                .contains("\"id\":\"LTAI5tExampleOwnerKey01\"").endsWith("}\n");
    }

    @Test
    void aMissingDatabaseOrDumpIsAnErrorThatCreatesNothing() {
        Path nowhere = dir.resolve("nowhere");
        Path dump = dir.resolve("dump.jsonl");

        assertThat(run("export", "--data", nowhere.toString(), "--out", dump.toString())).isEqualTo(new Run(1,
                "imageshare: no database to export at " + nowhere.resolve("imageshare.db") + "\n"));
        assertThat(run("import", "--data", nowhere.toString(), "--in", dump.toString())).isEqualTo(new Run(1,
                "imageshare: cannot read " + dump + ": no such file or directory\n"));
        assertThat(nowhere).doesNotExist();
        assertThat(dump).doesNotExist();
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), err.toString());
    }

    private static String[] concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all.toArray(String[]::new);
    }

    private static byte[] gunzip(String file) throws Exception {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(file)))) {
            return in.readAllBytes();
        }
    }

    /** The dump with its header's createdAt left out: the rest is the same for the same data. */
    private static List<String> withoutCreatedAt(byte[] dump) throws Exception {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(dump, StandardCharsets.UTF_8).split("\n", -1)));
        ObjectNode header = (ObjectNode) new ObjectMapper().readTree(lines.get(0));
        assertThat(header.remove("createdAt")).isNotNull();
        lines.set(0, header.toString());
        return lines;
    }
}
