package io.imageshare.auth.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void starMatchesAnyRunAndQuestionMarkExactlyOneCharacter() {
        Glob glob = Glob.caseSensitive("ecs:Describe*");
        assertThat(glob.matches("ecs:Describe")).isTrue();
        assertThat(glob.matches("ecs:DescribeImages")).isTrue();
        assertThat(glob.matches("ecs:ModifyImage")).isFalse();
        Glob one = Glob.caseSensitive("m-?");
        assertThat(one.matches("m-1")).isTrue();
        assertThat(one.matches("m-")).isFalse();
        assertThat(one.matches("m-12")).isFalse();
        assertThat(Glob.caseSensitive("a*b*c").matches("aXbYbZc")).isTrue();
        assertThat(Glob.caseSensitive("a*b*c").matches("aXbYbZ")).isFalse();
        assertThat(Glob.caseSensitive("").matches("")).isTrue();
        assertThat(Glob.caseSensitive("").matches("x")).isFalse();
        assertThat(Glob.caseSensitive("**").matches("")).isTrue();
    }

    @Test
    void caseInsensitiveGlobLowersBothSides() {
        Glob glob = Glob.ignoreCase("ECS:describe?mages");
        assertThat(glob.matches("ecs:DescribeImages")).isTrue();
        assertThat(glob.matches("EcS:DESCRIBEIMAGES")).isTrue();
        assertThat(Glob.caseSensitive("image/M-1").matches("image/m-1")).isFalse();
    }

    @Test
    void matchesARegionWithoutCopyingIt() {
        String text = "acs:ecs:cn-hangzhou:111:image/m-1";
        assertThat(Glob.caseSensitive("cn-*").matches(text, 8, 19)).isTrue();
        assertThat(Glob.caseSensitive("cn-*").matches(text, 20, 23)).isFalse();
        assertThat(Glob.caseSensitive("111").matches(text, 20, 23)).isTrue();
    }

    @Test
    void pathologicalPatternStaysFast() {
        String text = "a".repeat(5_000);
        Glob glob = Glob.caseSensitive("*a*a*a*a*a*a*a*a*b");
        long start = System.nanoTime();
        assertThat(glob.matches(text)).isFalse();
        assertThat(System.nanoTime() - start).isLessThan(500_000_000L);
    }

    /** Cross-checks against java.util.regex (fine in a test) on random short patterns over a tiny alphabet. */
    @Test
    void agreesWithARegexTranslationOnRandomInputs() {
        Random random = new Random(42);
        String alphabet = "ab:/*?";
        for (int n = 0; n < 5_000; n++) {
            String pattern = randomString(random, alphabet, 6);
            String text = randomString(random, "ab:/", 8);
            boolean ignoreCase = random.nextBoolean();
            if (ignoreCase && random.nextBoolean()) {
                text = text.toUpperCase();
            }
            Glob glob = ignoreCase ? Glob.ignoreCase(pattern) : Glob.caseSensitive(pattern);
            assertThat(glob.matches(text)).as("%s vs %s", pattern, text)
                    .isEqualTo(toRegex(pattern, ignoreCase).matcher(text).matches());
        }
    }

    private static String randomString(Random random, String alphabet, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static Pattern toRegex(String glob, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.DOTALL : Pattern.DOTALL;
        return Pattern.compile(regex.toString(), flags);
    }
}
