package io.imageshare.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The first line of a dump: what the file is, the schema version its rows fit, when it was written
 * and how many rows each table has (which lets import notice a truncated file and size its
 * progress bar). {@code tables} is in dump order.
 */
public record DumpHeader(String schemaVersion, Instant createdAt, Map<String, Long> tables) {
    static final String FORMAT = "imageshare-dump";
    static final int VERSION = 1;

    public long totalRows() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "23 rows (account 8, access_key 4, ...)" */
    public String describe() {
        StringJoiner counts = new StringJoiner(", ", " (", ")");
        tables.forEach((table, rows) -> counts.add(table + " " + rows));
        return totalRows() + " rows" + counts;
    }

    void write(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeNumberField("version", VERSION);
        json.writeStringField("schemaVersion", schemaVersion);
        json.writeStringField("createdAt", createdAt.toString());
        json.writeObjectFieldStart("tables");
        for (Map.Entry<String, Long> table : tables.entrySet()) {
            json.writeNumberField(table.getKey(), table.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Reads and checks the first line; refuses anything but an ImageShare dump of this format version. */
    static DumpHeader parse(ObjectMapper mapper, String line) {
        if (line == null) {
            throw new DumpException("the dump is empty: it has no header line");
        }
        JsonNode header;
        try {
            header = mapper.readTree(line);
        } catch (IOException e) {
            throw new DumpException("not an ImageShare dump: the first line is not JSON");
        }
        if (header == null || !FORMAT.equals(header.path("format").textValue())) {
            throw new DumpException("not an ImageShare dump: the header's format is not \"" + FORMAT + "\"");
        }
        JsonNode version = header.path("version");
        if (!version.isInt() || version.intValue() != VERSION) {
            throw new DumpException("dump format version " + version + " is not one this ImageShare reads (" + VERSION
                    + "): import with the ImageShare version that exported it");
        }
        JsonNode schema = header.path("schemaVersion");
        JsonNode created = header.path("createdAt");
        JsonNode counts = header.path("tables");
        if (!schema.isTextual() || !created.isTextual() || !counts.isObject()) {
            throw new DumpException("the dump's header lacks schemaVersion, createdAt or tables");
        }
        Map<String, Long> tables = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> count : counts.properties()) {
            JsonNode rows = count.getValue();
            if (!rows.isIntegralNumber() || !rows.canConvertToLong() || rows.longValue() < 0) {
                throw new DumpException("the dump's header has no row count for table " + count.getKey());
            }
            tables.put(count.getKey(), rows.longValue());
        }
        try {
            return new DumpHeader(schema.textValue(), Instant.parse(created.textValue()), tables);
        } catch (RuntimeException e) {
            throw new DumpException("the dump's header has a createdAt that is not an ISO instant: " + created);
        }
    }
}
