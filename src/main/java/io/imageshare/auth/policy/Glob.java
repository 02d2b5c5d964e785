package io.imageshare.auth.policy;

/**
 * A compiled wildcard pattern: {@code *} matches any run of characters (including none), {@code ?} exactly one;
 * every other character matches itself. There is no escape, as in RAM and CAM.
 *
 * <p>Evaluation runs on every request, so the pattern is classified once (everything, literal, prefix, general)
 * and the general case uses the iterative single-star backtracking algorithm: it never recurses and never
 * allocates, and it is linear for the usual patterns with one star. A case-insensitive glob lower-cases the pattern
 * once here and each text character as it is compared, so matching never builds a lower-cased copy of the text.
 */
final class Glob {
    private enum Shape { ANY, LITERAL, PREFIX, GENERAL }

    private final String source;
    private final char[] pattern;
    private final boolean ignoreCase;
    private final Shape shape;

    private Glob(String source, boolean ignoreCase) {
        this.source = source;
        this.ignoreCase = ignoreCase;
        char[] chars = source.toCharArray();
        if (ignoreCase) {
            for (int i = 0; i < chars.length; i++) {
                chars[i] = Character.toLowerCase(chars[i]);
            }
        }
        this.pattern = chars;
        this.shape = shapeOf(chars);
    }

    static Glob caseSensitive(String pattern) {
        return new Glob(pattern, false);
    }

    static Glob ignoreCase(String pattern) {
        return new Glob(pattern, true);
    }

    /** The pattern as written. */
    String source() {
        return source;
    }

    /** True if this glob matches every string (a pattern made only of stars). */
    boolean matchesEverything() {
        return shape == Shape.ANY;
    }

    boolean matches(String text) {
        return matches(text, 0, text.length());
    }

    /** Matches {@code text[from, to)}, so that a resource segment can be matched without cutting it out. */
    boolean matches(String text, int from, int to) {
        int length = to - from;
        return switch (shape) {
            case ANY -> true;
            case LITERAL -> length == pattern.length && regionEquals(text, from, pattern.length);
            case PREFIX -> length >= pattern.length - 1 && regionEquals(text, from, pattern.length - 1);
            case GENERAL -> general(text, from, to);
        };
    }

    private boolean regionEquals(String text, int from, int count) {
        for (int i = 0; i < count; i++) {
            if (!same(pattern[i], text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Walks text and pattern together; on a mismatch after a star, the star swallows one more character and the
     * walk resumes just after the star. Only the latest star needs remembering: whatever an earlier star could
     * absorb, the later one can too.
     */
    private boolean general(String text, int from, int to) {
        int p = 0;
        int t = from;
        int star = -1;
        int starText = from;
        while (t < to) {
            if (p < pattern.length && pattern[p] == '*') {
                star = p++;
                starText = t;
            } else if (p < pattern.length && (pattern[p] == '?' || same(pattern[p], text.charAt(t)))) {
                p++;
                t++;
            } else if (star >= 0) {
                p = star + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (p < pattern.length && pattern[p] == '*') {
            p++;
        }
        return p == pattern.length;
    }

    private boolean same(char patternChar, char textChar) {
        return patternChar == textChar || ignoreCase && patternChar == Character.toLowerCase(textChar);
    }

    private static Shape shapeOf(char[] chars) {
        int stars = 0;
        int questions = 0;
        for (char c : chars) {
            if (c == '*') {
                stars++;
            } else if (c == '?') {
                questions++;
            }
        }
        if (stars > 0 && stars == chars.length) {
            return Shape.ANY;
        }
        if (stars == 0 && questions == 0) {
            return Shape.LITERAL;
        }
        if (stars == 1 && questions == 0 && chars[chars.length - 1] == '*') {
            return Shape.PREFIX;
        }
        return Shape.GENERAL;
    }

    @Override
    public String toString() {
        return source;
    }
}
