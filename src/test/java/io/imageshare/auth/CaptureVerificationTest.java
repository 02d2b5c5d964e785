package io.imageshare.auth;

import static io.imageshare.auth.Fixture.failure;
import static io.imageshare.auth.Fixture.verifier;
import static io.imageshare.auth.Fixture.verifierAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.core.AccessKey;
import io.imageshare.core.AccountId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every request the official SDKs signed, replayed against the authenticators. */
class CaptureVerificationTest {

    static List<Capture> captures() {
        return Capture.all();
    }

    static List<Capture> capturesWithNonce() {
        return Capture.all().stream().filter(Capture::hasNonce).toList();
    }

    @Test
    void loadsAllCaptures() {
        assertThat(Capture.all()).hasSize(98);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void verifiesSdkSignedRequest(Capture c) {
        assertThat(verifierAt(c).verify(c).id()).isEqualTo("AKIDTEST");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void refusesTamperedParameterOrBody(Capture c) {
        Capture tampered = Fixture.tamperBusiness(c);
        assertThat(failure(() -> verifierAt(c).verify(tampered))).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void refusesTamperedSignature(Capture c) {
        Capture tampered = Fixture.tamperSignature(c);
        assertThat(failure(() -> verifierAt(c).verify(tampered))).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void refusesRequestJustOutsideClockWindowEitherWay(Capture c) {
        Duration beyond = Fixture.window(c).plusMinutes(1);
        assertThat(failure(() -> verifier(Fixture.KEYS, c.signedAt().plus(beyond)).verify(c)))
                .isEqualTo(AuthFailure.TIMESTAMP_EXPIRED);
        assertThat(failure(() -> verifier(Fixture.KEYS, c.signedAt().minus(beyond)).verify(c)))
                .isEqualTo(AuthFailure.TIMESTAMP_EXPIRED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void acceptsRequestJustInsideClockWindowEitherWay(Capture c) {
        Duration inside = Fixture.window(c).minusMinutes(1);
        assertThat(verifier(Fixture.KEYS, c.signedAt().plus(inside)).verify(c).id()).isEqualTo("AKIDTEST");
        assertThat(verifier(Fixture.KEYS, c.signedAt().minus(inside)).verify(c).id()).isEqualTo("AKIDTEST");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capturesWithNonce")
    void rejectsNonceReusedWithinWindow(Capture c) {
        Fixture.Verifier v = verifierAt(c);
        v.verify(c);
        assertThat(failure(() -> v.verify(c))).isEqualTo(AuthFailure.NONCE_REUSED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capturesWithNonce")
    void forgedRequestDoesNotUseUpTheNonce(Capture c) {
        Fixture.Verifier v = verifierAt(c);
        assertThat(failure(() -> v.verify(Fixture.tamperSignature(c)))).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
        assertThat(failure(() -> v.verify(Fixture.tamperBusiness(c)))).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
        assertThat(v.verify(c).id()).isEqualTo("AKIDTEST");
    }

    @Test
    void tc3HasNoNonceSoARepeatWithinTheWindowVerifies() {
        Capture c = Capture.labelled("tencent-cvm-3.1.1342/tc3-post/ModifyImageSharePermission");
        Fixture.Verifier v = verifierAt(c);
        v.verify(c);
        assertThat(v.verify(c).id()).isEqualTo("AKIDTEST");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void refusesUnknownKey(Capture c) {
        KeyDirectory none = id -> java.util.Optional.empty();
        assertThat(failure(() -> verifier(none, c.signedAt()).verify(c))).isEqualTo(AuthFailure.KEY_NOT_FOUND);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void refusesDisabledKey(Capture c) {
        KeyDirectory disabled = Fixture.directory(
                new AccessKey("AKIDTEST", "SECRETTEST", AccountId.aliyun("1717104080910000"), null, false));
        assertThat(failure(() -> verifier(disabled, c.signedAt()).verify(c))).isEqualTo(AuthFailure.KEY_DISABLED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void refusesWrongSecret(Capture c) {
        KeyDirectory wrong = Fixture.directory(
                new AccessKey("AKIDTEST", "SECRETTESX", AccountId.aliyun("1717104080910000"), null, true));
        assertThat(failure(() -> verifier(wrong, c.signedAt()).verify(c))).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void refusesRequestWithoutSignature(Capture c) {
        Capture unsigned = Fixture.withoutSignature(c);
        assertThat(failure(() -> verifierAt(c).verify(unsigned))).isEqualTo(AuthFailure.INCOMPLETE_SIGNATURE);
    }
}
