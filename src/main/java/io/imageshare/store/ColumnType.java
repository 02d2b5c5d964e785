package io.imageshare.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The column types of the schema (docs/adr/0003), as a dump carries them: TEXT as a JSON string,
 * BIGINT and INTEGER as JSON integers, BOOLEAN as true/false, NULL as null. Reading is strict in
 * both directions: a value of another type (a REAL that SQLite let into a BIGINT column, a quoted
 * number in a dump) fails the dump instead of being converted, since a converted value is a lost one.
 */
enum ColumnType {
    TEXT(Types.VARCHAR),
    BIGINT(Types.BIGINT),
    INTEGER(Types.INTEGER),
    /** SQLite has no boolean storage: its BOOLEAN columns hold the integers 0 and 1. */
    BOOLEAN(Types.BOOLEAN);

    private final int sqlType;

    ColumnType(int sqlType) {
        this.sqlType = sqlType;
    }

    /** The value at {@code index} as String, Long or Boolean (or null), whatever the database. */
    Object read(ResultSet row, int index) throws SQLException {
        Object value = row.getObject(index);
        return switch (value) {
            case null -> null;
            case String s when this == TEXT -> s;
            case Integer n when this == BIGINT || this == INTEGER -> n.longValue();
            case Long n when this == BIGINT -> n;
            case Boolean b when this == BOOLEAN -> b;
            case Integer n when this == BOOLEAN && (n == 0 || n == 1) -> n == 1;
            default -> throw new DumpException("a " + this + " column holds " + value.getClass().getSimpleName()
                    + " " + value);
        };
    }

    void write(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case String s -> json.writeString(s);
            case Long n -> json.writeNumber(n);
            case Boolean b -> json.writeBoolean(b);
            default -> throw new IllegalArgumentException("not a column value: " + value.getClass());
        }
    }

    /** A dump's JSON value as String, Long or Boolean (or null); throws DumpException on any other. */
    Object parse(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        boolean fits = switch (this) {
            case TEXT -> node.isTextual();
            case BIGINT -> node.isIntegralNumber() && node.canConvertToLong();
            case INTEGER -> node.isIntegralNumber() && node.canConvertToInt();
            case BOOLEAN -> node.isBoolean();
        };
        if (!fits) {
            throw new DumpException("expected " + (this == TEXT ? "a string" : this == BOOLEAN ? "true or false"
                    : "a " + this + " integer") + ", found " + node);
        }
        return switch (this) {
            case TEXT -> Jdbc.withoutNul(node.textValue());
            case BIGINT, INTEGER -> node.longValue();
            case BOOLEAN -> node.booleanValue();
        };
    }

    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, sqlType);
            case String s -> statement.setString(index, s);
            // Math.toIntExact cannot fail here: parse checked the range.
            case Long n when this == INTEGER -> statement.setInt(index, Math.toIntExact(n));
            case Long n -> statement.setLong(index, n);
            case Boolean b -> statement.setBoolean(index, b);
            default -> throw new IllegalArgumentException("not a column value: " + value.getClass());
        }
    }
}
