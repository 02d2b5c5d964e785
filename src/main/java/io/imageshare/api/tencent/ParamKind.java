package io.imageshare.api.tencent;

/** The wire type of one request parameter, as the SDK models declare it. */
public enum ParamKind {
    /** A string. */
    STRING,
    /** An integer (Long in the SDK): a JSON number, or digits in a query or form. */
    INTEGER,
    /** A boolean: JSON true/false, or {@code true}/{@code false} in a query or form. */
    BOOLEAN,
    /** An array of strings: a JSON array, or {@code Name.0}, {@code Name.1}, … in a query or form. */
    STRING_LIST,
    /** An array of {@code {Name, Values[]}} filters. */
    FILTERS,
    /** Accepted whatever its shape, and not used (e.g. tags ImageShare does not keep). */
    IGNORED
}
