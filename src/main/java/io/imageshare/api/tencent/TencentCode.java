package io.imageshare.api.tencent;

/**
 * A Tencent Cloud error: its wire code and its message in both languages the API speaks, each a
 * template whose {@code %s} are filled per case.
 */
public interface TencentCode {
    String code();

    String english();

    String chinese();

    default String message(TencentLanguage language) {
        return language == TencentLanguage.ZH_CN ? chinese() : english();
    }
}
