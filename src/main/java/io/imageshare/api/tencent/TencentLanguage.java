package io.imageshare.api.tencent;

/**
 * The language of error messages: {@code X-TC-Language} (TC3) or {@code Language} (v1). English when
 * the request names none: the Java SDK sends none unless told to, and English is what the
 * international documentation shows.
 */
public enum TencentLanguage {
    EN_US("en-US"),
    ZH_CN("zh-CN");

    private final String tag;

    TencentLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The language a tag names, or null when it names neither. */
    public static TencentLanguage fromTag(String value) {
        for (TencentLanguage l : values()) {
            if (l.tag.equals(value)) {
                return l;
            }
        }
        return null;
    }
}
