package io.imageshare.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Import refuses what it cannot load whole, with a one-line reason, and then leaves the target as it
 * was. The damage is near the end of the dump, after batches of rows were sent: they are rolled back.
 */
class DumpRefusalTest extends StoreTestSupport {

    static Stream<Arguments> damagedDumps() {
        List<Arguments> cases = new ArrayList<>();
        for (Backend backend : Backend.values()) {
            cases.add(Arguments.of(backend, "cut at a line's end", edit(l -> l.subList(0, l.size() - 10)),
                    "rows of table image_share where its header says"));
            cases.add(Arguments.of(backend, "cut inside a line", edit(l -> {
                List<String> cut = new ArrayList<>(l.subList(0, 1300));
                cut.add(l.get(1300).substring(0, 40));
                return cut;
            }), "line 1301 is not valid JSON"));
            cases.add(Arguments.of(backend, "a quoted number", last(l -> l.replaceFirst("\"expires_at\":(\\d+)",
                    "\"expires_at\":\"$1\"")), "client_token.expires_at: expected a BIGINT integer, found \""));
            cases.add(Arguments.of(backend, "an unknown column", last(l -> l.replace("\"row\":{", "\"row\":{\"colour\":1,")),
                    "a row of client_token must have exactly the columns"));
            cases.add(Arguments.of(backend, "a row twice", edit(l -> {
                List<String> copy = new ArrayList<>(l);
                copy.set(1400, copy.get(1399));
                return copy;
            }), "lines 1045 to 1552 (table image_share): "));
            cases.add(Arguments.of(backend, "a share of no image", edit(l -> {
                List<String> copy = new ArrayList<>(l);
                copy.set(1400, copy.get(1400).replace("\"image_id\":\"m-alpha\"", "\"image_id\":\"m-gone\""));
                return copy;
            }), "lines 1045 to 1552 (table image_share): "));
            cases.add(Arguments.of(backend, "text after a row", last(l -> l + " {}"), "is not valid JSON"));
            cases.add(Arguments.of(backend, "more rows than counted", edit(l -> {
                List<String> copy = new ArrayList<>(l);
                copy.add(copy.getLast());
                return copy;
            }), "more rows of table client_token than the header's 5"));
            cases.add(Arguments.of(backend, "a table out of order", edit(l -> {
                List<String> copy = new ArrayList<>(l);
                String account = copy.stream().filter(x -> x.contains("\"id\":\"2345678901\"")).findFirst().orElseThrow();
                copy.remove(account);
                copy.add(account);
                return copy;
            }), "rows of account after rows of client_token: the tables are out of order"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("damagedDumps")
    void aDamagedDumpIsRefusedAndNothingIsWritten(Backend backend, String damage, UnaryOperator<byte[]> edit,
                                                  String message) throws Exception {
        DatabaseConfig target = database(backend).config();
        byte[] dump = edit.apply(DumpTestData.variedDump());

        assertThatThrownBy(() -> DumpTestData.importInto(target, dump)).isInstanceOf(DumpException.class)
                .hasMessageContaining(message).message().doesNotContain("\n");
        assertThat(DumpTestData.rows(target)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void malformedUtf8IsRefusedNotReplaced(Backend backend) throws Exception {
        DatabaseConfig target = database(backend).config();
        byte[] dump = DumpTestData.variedDump();
        dump[dump.length - 5] = (byte) 0xff;

        assertThatThrownBy(() -> DumpTestData.importInto(target, dump)).isInstanceOf(DumpException.class)
                .hasMessageEndingWith("is not valid UTF-8");
        assertThat(DumpTestData.rows(target)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aTargetWithDataIsRefusedAndLeftUnchanged(Backend backend) throws Exception {
        JdbcStore store = open(backend);
        byte[] before = export(store);

        assertThatThrownBy(() -> DumpReader.read(store, new ByteArrayInputStream(DumpTestData.variedDump()),
                DumpTestData.secretCheck(), DumpProgress.NONE)).isInstanceOf(DumpException.class)
                .hasMessage("the target database is not empty (table account has rows): import only into a new database");
        assertThat(export(store)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aDumpOfAnotherSchemaVersionIsRefused(Backend backend) throws Exception {
        DatabaseConfig target = database(backend).config();
        byte[] dump = edit(l -> {
            List<String> copy = new ArrayList<>(l);
            copy.set(0, copy.get(0).replace("\"schemaVersion\":\"" + DumpTestData.SCHEMA_VERSION + "\"",
                    "\"schemaVersion\":\"999\""));
            return copy;
        }).apply(DumpTestData.variedDump());

        assertThatThrownBy(() -> DumpTestData.importInto(target, dump)).isInstanceOf(DumpException.class)
                .hasMessage("the dump is of schema version 999 and the target database of version "
                        + DumpTestData.SCHEMA_VERSION + ":"
                        + " import with the ImageShare version that exported it");
        assertThat(DumpTestData.rows(target)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aFailedSecretCheckWritesNothing(Backend backend) throws Exception {
        DatabaseConfig target = database(backend).config();
        try (JdbcStore empty = JdbcStore.open(target)) {
            assertThatThrownBy(() -> DumpReader.read(empty, new ByteArrayInputStream(DumpTestData.variedDump()),
                    (key, sealed) -> {
                        throw new DumpException("wrong master key");
                    }, DumpProgress.NONE)).isInstanceOf(DumpException.class).hasMessageEndingWith("wrong master key");
        }
        assertThat(DumpTestData.rows(target)).isZero();
    }

    @Test
    void onlyAnImageShareDumpOfFormatVersionOneIsRead() throws Exception {
        DatabaseConfig target = database(Backend.SQLITE).config();
        String header = new String(DumpTestData.variedDump(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();

        assertRefused(target, "", "the dump is empty: it has no header line");
        assertRefused(target, "hello\n", "not an ImageShare dump: the first line is not JSON");
        assertRefused(target, header.replace("imageshare-dump", "other-dump"),
                "not an ImageShare dump: the header's format is not \"imageshare-dump\"");
        assertRefused(target, header.replace("\"version\":1", "\"version\":2"),
                "dump format version 2 is not one this ImageShare reads (1): import with the ImageShare version that exported it");
        assertRefused(target, header.replace("\"image\":", "\"picture\":"),
                "the dump's header counts the tables [account, access_key, sub_user, user_policy, picture, image_share, client_token],"
                        + " not the tables of schema version " + DumpTestData.SCHEMA_VERSION);
        assertThat(DumpTestData.rows(target)).isZero();
    }

    private static void assertRefused(DatabaseConfig target, String dump, String message) {
        assertThatThrownBy(() -> DumpTestData.importInto(target, dump.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DumpException.class).hasMessage(message);
    }

    private static byte[] export(JdbcStore store) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DumpWriter.write(store, out, DumpTestData.CLOCK, DumpProgress.NONE);
        return out.toByteArray();
    }

    /** An edit of the dump's lines. */
    private static UnaryOperator<byte[]> edit(UnaryOperator<List<String>> change) {
        return dump -> (String.join("\n", change.apply(Arrays.asList(new String(dump, StandardCharsets.UTF_8)
                .split("\n")))) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An edit of the dump's last line. */
    private static UnaryOperator<byte[]> last(UnaryOperator<String> change) {
        return edit(l -> {
            List<String> copy = new ArrayList<>(l);
            copy.set(copy.size() - 1, change.apply(copy.getLast()));
            return copy;
        });
    }
}
