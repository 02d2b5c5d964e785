package io.imageshare.auth.policy;

/**
 * An address or CIDR block from an IpAddress / ip_equal condition: {@code 10.0.0.0/8}, {@code 192.168.1.7},
 * {@code ::1/128}, {@code 2001:db8::/32}. A single address is a /32 (IPv4) or /128 (IPv6) block.
 *
 * <p>Bits below the prefix are ignored rather than refused ({@code 10.217.182.3/24} means 10.217.182.0/24):
 * Tencent's own examples write blocks that way. An IPv4 block never contains an IPv6 address and vice versa.
 */
final class IpRange {
    private final boolean v6;
    private final long maskHi;
    private final long maskLo;
    private final long hi;
    private final long lo;

    private IpRange(boolean v6, long hi, long lo, int prefix) {
        this.v6 = v6;
        if (v6) {
            maskHi = prefix == 0 ? 0 : prefix >= 64 ? -1L : -1L << (64 - prefix);
            maskLo = prefix <= 64 ? 0 : -1L << (128 - prefix);
        } else {
            maskHi = 0;
            maskLo = prefix == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
        }
        this.hi = hi & maskHi;
        this.lo = lo & maskLo;
    }

    /** @throws IllegalArgumentException if the text is not an IP literal with an optional /prefix */
    static IpRange parse(String text) {
        int slash = text.indexOf('/');
        int end = slash < 0 ? text.length() : slash;
        IpAddress address = IpAddress.parse(text, 0, end);
        if (address == null) {
            throw new IllegalArgumentException("invalid IP address or CIDR block \"" + text + "\"");
        }
        int max = address.v6() ? 128 : 32;
        int prefix = max;
        if (slash >= 0) {
            prefix = prefixLength(text, slash + 1, max);
            if (prefix < 0) {
                throw new IllegalArgumentException("invalid prefix length in \"" + text + "\" (0-" + max + ")");
            }
        }
        return new IpRange(address.v6(), address.hi(), address.lo(), prefix);
    }

    boolean contains(IpAddress address) {
        return address.v6() == v6 && (address.hi() & maskHi) == hi && (address.lo() & maskLo) == lo;
    }

    private static int prefixLength(String text, int from, int max) {
        int length = text.length() - from;
        if (length < 1 || length > 3 || length > 1 && text.charAt(from) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value <= max ? value : -1;
    }
}
