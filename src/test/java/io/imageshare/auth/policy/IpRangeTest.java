package io.imageshare.auth.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            "127.0.0.0/8, 127.0.0.1, true",
            "192.168.0.0/16, 10.1.2.3, false",
            "192.168.1.7, 192.168.1.7, true",
            "192.168.1.7, 192.168.1.8, false",
            "10.217.182.3/24, 10.217.182.200, true",
            "0.0.0.0/0, 203.0.113.9, true",
            "0.0.0.0/0, ::1, false",
            "::/0, 10.0.0.1, false",
            "::1/128, ::1, true",
            "::1, 0:0:0:0:0:0:0:1, true",
            "::1/128, ::2, false",
            "2001:db8::/32, 2001:db8:1::5, true",
            "2001:db8::/32, 2001:db9::5, false",
            "2001:db8:0:0:8000::/65, 2001:db8::ffff:0:0:0, true",
            "2001:db8:0:0:8000::/65, 2001:db8::7fff:0:0:0, false",
            "fe80::/10, FE80::1, true",
            "127.0.0.0/8, ::ffff:127.0.0.1, true",
            "127.0.0.0/8, ::ffff:7f00:1, true",
            "::ffff:0:0/96, ::ffff:127.0.0.1, false",
            "64:ff9b::/96, 64:ff9b::192.0.2.33, true",
    })
    void containment(String range, String address, boolean expected) {
        assertThat(IpRange.parse(range).contains(IpAddress.parseSource(address))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4",
            "1.2.3.4/33", "1.2.3.4/", "1.2.3.4/-1", "1.2.3.4/08", "::1/129", ":::", "1::2::3", "1:2:3:4:5:6:7:8:9",
            "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "12345::", "1:", ":1", "fe80::1%eth0", "[::1]", "::g",
            "1.2.3.4::", " 1.2.3.4"})
    void refusesWhatIsNotALiteral(String text) {
        assertThatThrownBy(() -> IpRange.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8",
            "::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "0.0.0.0", "255.255.255.255"})
    void acceptsLiteralForms(String text) {
        assertThat(IpAddress.parse(text)).isNotNull();
    }
}
