package io.imageshare.auth.policy;

/**
 * A Resource element entry: {@code "*"}, or an ARN pattern matched field by field.
 *
 * <p>RAM ARNs are {@code acs:<service>:<region>:<account>:<relative-id>} and CAM ones
 * {@code qcs:<project>:<service>:<region>:<account>:<resource>}; the last field is everything after the last
 * separating colon and may itself contain {@code :} or {@code /}. Each field is its own case-sensitive glob, so a
 * {@code *} in the region can never swallow the account: {@code acs:ecs:*:111:image/*} does not match
 * {@code acs:ecs:cn-hangzhou:222:image/m-1}, which a glob over the whole string would.
 *
 * <p>A request resource of {@code "*"} (an action on no particular resource) is matched only by the pattern
 * {@code "*"}; it is not an ARN, so no ARN pattern matches it, not even {@code acs:*:*:*:*}.
 */
final class ResourcePattern {
    private static final ResourcePattern ANY = new ResourcePattern(null, null);

    private final String prefix;
    /** One glob a field, the scheme ("acs") excluded; null for the pattern "*". */
    private final Glob[] fields;

    private ResourcePattern(String prefix, Glob[] fields) {
        this.prefix = prefix;
        this.fields = fields;
    }

    /**
     * @param scheme       the first segment, "acs" or "qcs"
     * @param form         the expected form, for error messages
     * @param fieldCount   segments after the scheme; the last one takes the rest of the text
     * @param serviceField index (after the scheme) of the service segment, which must not be empty; nor may the
     *                     last segment
     * @throws IllegalArgumentException with a message naming the problem
     */
    static ResourcePattern parse(String text, String scheme, String form, int fieldCount, int serviceField) {
        if (text.equals("*")) {
            return ANY;
        }
        if (text.contains("${")) {
            throw new IllegalArgumentException(
                    "resource \"" + text + "\": policy variables (${...}) are not supported");
        }
        String prefix = scheme + ":";
        if (!text.startsWith(prefix)) {
            throw new IllegalArgumentException("resource \"" + text + "\" must be \"*\" or " + form);
        }
        Glob[] fields = new Glob[fieldCount];
        int start = prefix.length();
        for (int i = 0; i < fieldCount; i++) {
            int end = i == fieldCount - 1 ? text.length() : text.indexOf(':', start);
            if (end < 0) {
                throw new IllegalArgumentException("resource \"" + text + "\" has " + (i + 2)
                        + " colon-separated segments, not " + (fieldCount + 1) + ": it must be " + form);
            }
            fields[i] = Glob.caseSensitive(text.substring(start, end));
            start = end + 1;
        }
        if (fields[serviceField].source().isEmpty()) {
            throw new IllegalArgumentException("resource \"" + text + "\" names no service: it must be " + form);
        }
        if (fields[fieldCount - 1].source().isEmpty()) {
            throw new IllegalArgumentException("resource \"" + text + "\" has an empty last segment: it must be "
                    + form);
        }
        return new ResourcePattern(prefix, fields);
    }

    boolean matches(String resource) {
        if (fields == null) {
            return true;
        }
        if (!resource.startsWith(prefix)) {
            return false;
        }
        int start = prefix.length();
        for (int i = 0; i < fields.length; i++) {
            int end = i == fields.length - 1 ? resource.length() : resource.indexOf(':', start);
            if (end < 0 || !fields[i].matches(resource, start, end)) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }
}
