package io.imageshare.auth.policy;

/**
 * An IPv4 or IPv6 address parsed from its literal text only.
 *
 * <p>{@code InetAddress.getByName} is deliberately not used: given anything that is not a literal it asks DNS,
 * which a policy check (or a policy author) must never be able to trigger. IPv4 takes four decimal parts, each
 * 0-255 without leading zeros (some parsers read "010" as octal, so it is refused as ambiguous). IPv6 takes the
 * RFC 4291 text forms: eight groups, one {@code ::}, and a dotted IPv4 tail; zone ids ({@code %eth0}) and brackets
 * are refused.
 *
 * @param v6 whether this is an IPv6 address
 * @param hi the upper 64 bits of an IPv6 address; 0 for IPv4
 * @param lo the lower 64 bits of an IPv6 address, or the 32 bits of an IPv4 one
 */
record IpAddress(boolean v6, long hi, long lo) {

    /** The literal's address, or null if the text is not an IP literal. */
    static IpAddress parse(String text) {
        return parse(text, 0, text.length());
    }

    static IpAddress parse(String text, int from, int to) {
        int colon = text.indexOf(':', from);
        if (colon >= 0 && colon < to) {
            return parseV6(text, from, to);
        }
        long v4 = parseV4(text, from, to);
        return v4 < 0 ? null : new IpAddress(false, 0, v4);
    }

    /**
     * A request's source address, with an IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}, as a dual-stack socket
     * reports an IPv4 peer) turned back into the IPv4 address it stands for.
     */
    static IpAddress parseSource(String text) {
        IpAddress address = parse(text);
        if (address != null && address.v6 && address.hi == 0 && address.lo >>> 32 == 0xFFFFL) {
            return new IpAddress(false, 0, address.lo & 0xFFFF_FFFFL);
        }
        return address;
    }

    /** The 32-bit value of a dotted-quad literal, or -1. */
    private static long parseV4(String text, int from, int to) {
        long value = 0;
        int parts = 0;
        int i = from;
        while (true) {
            int start = i;
            int part = 0;
            while (i < to && i - start < 3 && isDigit(text.charAt(i))) {
                part = part * 10 + text.charAt(i) - '0';
                i++;
            }
            boolean leadingZero = i - start > 1 && text.charAt(start) == '0';
            if (i == start || leadingZero || part > 255) {
                return -1;
            }
            value = value << 8 | part;
            parts++;
            if (i == to) {
                return parts == 4 ? value : -1;
            }
            if (text.charAt(i) != '.' || parts == 4) {
                return -1;
            }
            i++;
        }
    }

    private static IpAddress parseV6(String text, int from, int to) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = from;
        if (text.startsWith("::", from)) {
            gap = 0;
            i += 2;
        } else if (i < to && text.charAt(i) == ':') {
            return null;
        }
        while (i < to) {
            int start = i;
            int group = 0;
            while (i < to && hex(text.charAt(i)) >= 0) {
                group = (group << 4) | hex(text.charAt(i));
                i++;
                if (i - start > 4) {
                    break;
                }
            }
            if (i < to && text.charAt(i) == '.') {
                long v4 = parseV4(text, start, to);
                if (v4 < 0 || count > 6) {
                    return null;
                }
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xFFFF);
                break;
            }
            if (i == start || i - start > 4 || count == 8) {
                return null;
            }
            groups[count++] = group;
            if (i == to) {
                break;
            }
            if (text.charAt(i) != ':' || ++i == to) {
                return null;
            }
            if (text.charAt(i) == ':') {
                if (gap >= 0) {
                    return null;
                }
                gap = count;
                i++;
            }
        }
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        int[] full = new int[8];
        int tail = gap < 0 ? 0 : count - gap;
        int head = count - tail;
        System.arraycopy(groups, 0, full, 0, head);
        System.arraycopy(groups, head, full, 8 - tail, tail);
        long hi = 0;
        long lo = 0;
        for (int g = 0; g < 4; g++) {
            hi = hi << 16 | full[g];
            lo = lo << 16 | full[g + 4];
        }
        return new IpAddress(true, hi, lo);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
