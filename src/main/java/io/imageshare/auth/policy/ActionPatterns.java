package io.imageshare.auth.policy;

/** Action patterns, {@code "*"} or {@code "<service>:<pattern>"}, as case-insensitive globs over the whole name. */
final class ActionPatterns {
    private ActionPatterns() {
    }

    /**
     * @param pattern the pattern to compile (CAM's with its {@code name/} prefix already removed)
     * @param written the entry as written in the policy, for the error message
     */
    static Glob compile(String pattern, String written, String where) throws PolicyException {
        if (!pattern.equals("*")) {
            int colon = pattern.indexOf(':');
            if (colon <= 0 || colon == pattern.length() - 1) {
                throw new PolicyException(where + "action \"" + written
                        + "\" must be \"*\" or \"<service>:<action>\", e.g. \"ecs:DescribeImages\"");
            }
        }
        return Glob.ignoreCase(pattern);
    }
}
