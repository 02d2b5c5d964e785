package io.imageshare.auth;

import static io.imageshare.auth.Fixture.exception;
import static io.imageshare.auth.Fixture.failure;
import static io.imageshare.auth.Fixture.verifierAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

/** Alibaba specifics beyond "every capture verifies", against the worked examples of wire.md. */
class AliyunAuthenticatorTest {
    private static final String TEA_ACS3 = "tea-ecs-5.3.0/acs3/ModifyImageSharePermission";
    private static final String TEA_RPC = "tea-ecs-5.3.0/v2/ModifyImageSharePermission";
    private static final String LEGACY_V3 = "legacy-ecs-5.11.7+core-4.7.10/v3/ModifyImageSharePermission";

    @Test
    void mismatchEchoesServerStringToSignOfWireExample() {
        Capture c = Capture.labelled(TEA_RPC);
        AuthException e = exception(() -> verifierAt(c).verify(Fixture.tamperSignature(c)));
        assertThat(e.failure()).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
        assertThat(e.detail()).isEqualTo("POST&%2F&AccessKeyId%3DAKIDTEST%26Action%3DModifyImageSharePermission"
                + "%26AddAccount.1%3D1234567890%26AddAccount.2%3D2345678901%26Format%3Djson%26ImageId%3Dm-test"
                + "%26IsPublic%3Dfalse%26RegionId%3Dcn-hangzhou%26RemoveAccount.1%3D3456789012"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Debae923593124c19014aea194dd2d0ed"
                + "%26SignatureVersion%3D1.0%26Timestamp%3D2026-11-23T07%253A39%253A04Z%26Version%3D2014-05-26");
    }

    @Test
    void acs3MismatchEchoesStringToSignOfWireExample() {
        Capture c = Capture.labelled(TEA_ACS3);
        AuthException e = exception(() -> verifierAt(c).verify(Fixture.tamperSignature(c)));
        assertThat(e.detail())
                .isEqualTo("ACS3-HMAC-SHA256\n1f090f11f7334e70815ad2a41dbeefc33682b8c75c321b56a86083b773c334a4");
    }

    @Test
    void legacyV3SignsContentTypeNotHostAndListsFieldsInAnotherOrder() {
        Capture c = Capture.labelled(LEGACY_V3);
        assertThat(c.header("Authorization")).contains("Credential=AKIDTEST,Signature=");
        assertThat(verifierAt(c).verify(c).id()).isEqualTo("AKIDTEST");
        AuthException e = exception(() -> verifierAt(c).verify(Fixture.tamperSignature(c)));
        assertThat(e.detail())
                .isEqualTo("ACS3-HMAC-SHA256\na5fc6f864e4d79ff40a722221656fa371e3d2e6ef91dc6dfd738e555a729b9e0");
    }

    @Test
    void acceptsAuthorizationFieldsInAnyOrderWithSpaces() {
        Capture c = Capture.labelled(TEA_ACS3);
        AuthorizationHeader h = AuthorizationHeader.parse(c.header("Authorization"));
        String reordered = "ACS3-HMAC-SHA256 Signature=" + h.fields().get("Signature")
                + ",  SignedHeaders=" + h.fields().get("SignedHeaders") + " , Credential=AKIDTEST";
        assertThat(verifierAt(c).verify(c.withHeader("Authorization", reordered)).id()).isEqualTo("AKIDTEST");
    }

    @Test
    void refusesAcs3BodyNotMatchingDeclaredHash() {
        Capture c = Capture.labelled(TEA_ACS3);
        Capture tampered = c.withBody("ImageId=m-other".getBytes(StandardCharsets.UTF_8));
        assertThat(failure(() -> verifierAt(c).verify(tampered))).isEqualTo(AuthFailure.CONTENT_HASH_MISMATCH);
    }

    @Test
    void refusesAcs3WhoseSignedContentHashHeaderIsMissing() {
        Capture c = Capture.labelled(TEA_ACS3).withHeader("x-acs-content-sha256", null);
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.INCOMPLETE_SIGNATURE);
    }

    @Test
    void refusesOtherAcs3Algorithms() {
        Capture c = Capture.labelled(TEA_ACS3);
        for (String scheme : new String[] {"ACS3-HMAC-SM3", "ACS3-RSA-SHA256"}) {
            Capture other = c.withHeader("Authorization", c.header("Authorization").replace("ACS3-HMAC-SHA256", scheme));
            assertThat(failure(() -> verifierAt(c).verify(other))).isEqualTo(AuthFailure.UNSUPPORTED_SIGNATURE_METHOD);
        }
    }

    @Test
    void otherAuthorizationSchemeWithoutSignatureParameterIsIncomplete() {
        Capture c = Capture.labelled(TEA_ACS3).withHeader("Authorization", "Bearer abc");
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.INCOMPLETE_SIGNATURE);
    }

    @Test
    void refusesAcs3MissingAuthorizationField() {
        Capture c = Capture.labelled(TEA_ACS3);
        Capture partial = c.withHeader("Authorization", c.header("Authorization").replaceAll(",Signature=.*", ""));
        assertThat(failure(() -> verifierAt(c).verify(partial))).isEqualTo(AuthFailure.INCOMPLETE_SIGNATURE);
    }

    @Test
    void refusesAcs3WithUnparseableAuthorization() {
        Capture c = Capture.labelled(TEA_ACS3);
        Capture broken = c.withHeader("Authorization", "ACS3-HMAC-SHA256 Credential=AKIDTEST,,Signature=00");
        assertThat(failure(() -> verifierAt(c).verify(broken))).isEqualTo(AuthFailure.MALFORMED_AUTHORIZATION);
    }

    @Test
    void refusesAcs3WhoseSignedHeaderWasNotSent() {
        Capture c = Capture.labelled(TEA_ACS3).withHeader("x-acs-action", null);
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.INCOMPLETE_SIGNATURE);
    }

    @Test
    void refusesAcs3WithDateOrNonceNotSigned() {
        Capture c = Capture.labelled(TEA_ACS3);
        String auth = c.header("Authorization");
        Capture dateUnsigned = c.withHeader("Authorization", auth.replace("x-acs-date;", ""));
        Capture nonceUnsigned = c.withHeader("Authorization", auth.replace("x-acs-signature-nonce;", ""));
        assertThat(failure(() -> verifierAt(c).verify(dateUnsigned))).isEqualTo(AuthFailure.INCOMPLETE_SIGNATURE);
        assertThat(failure(() -> verifierAt(c).verify(nonceUnsigned))).isEqualTo(AuthFailure.INCOMPLETE_SIGNATURE);
    }

    @Test
    void refusesAcs3WithoutDateOrNonce() {
        Capture c = Capture.labelled(TEA_ACS3);
        String auth = c.header("Authorization");
        Capture noDate = c.withHeader("x-acs-date", null).withHeader("Authorization", auth.replace("x-acs-date;", ""));
        Capture noNonce = c.withHeader("x-acs-signature-nonce", null)
                .withHeader("Authorization", auth.replace("x-acs-signature-nonce;", ""));
        assertThat(failure(() -> verifierAt(c).verify(noDate))).isEqualTo(AuthFailure.TIMESTAMP_MISSING);
        assertThat(failure(() -> verifierAt(c).verify(noNonce))).isEqualTo(AuthFailure.NONCE_MISSING);
    }

    @Test
    void refusesAcs3MalformedDate() {
        Capture c = Capture.labelled(TEA_ACS3).withHeader("x-acs-date", "2026-11-23 07:39:04");
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.TIMESTAMP_MALFORMED);
    }

    @Test
    void rpcNonceIsSharedWithAcs3ForTheSameKey() {
        Capture rpc = Capture.labelled(TEA_RPC);
        Capture acs3 = Capture.labelled(TEA_ACS3);
        Fixture.Verifier v = verifierAt(rpc);
        v.verify(rpc);
        assertThat(v.nonces().firstUse("AKIDTEST", rpc.param("SignatureNonce"), rpc.time())).isFalse();
        assertThat(v.nonces().firstUse("AKIDTEST", acs3.header("x-acs-signature-nonce"), acs3.time())).isTrue();
        assertThat(failure(() -> v.verify(acs3))).isEqualTo(AuthFailure.NONCE_REUSED);
    }

    @Test
    void rpcTriesTeaFormWithoutEmptyValuesAndLegacyFormWithThem() {
        Capture tea = Capture.labelled("tea-ecs-5.3.0/v2/edge-empty-value/DescribeImages");
        Capture legacy = Capture.labelled("legacy-ecs-5.11.7+core-4.7.10/v1/edge-empty-value/DescribeImages");
        assertThat(tea.rawQuery()).contains("ImageName=&");
        assertThat(legacy.rawQuery()).contains("ImageName=&");
        assertThat(verifierAt(tea).verify(tea).id()).isEqualTo("AKIDTEST");
        assertThat(verifierAt(legacy).verify(legacy).id()).isEqualTo("AKIDTEST");
    }

    @Test
    void rpcSignsQueryAndFormBodyTogether() {
        Capture c = Capture.labelled("tea-swas-1.0.2/rpc/ModifyImageShareStatus");
        assertThat(c.rawQuery()).doesNotContain("ImageId");
        assertThat(verifierAt(c).verify(c).id()).isEqualTo("AKIDTEST");
        Capture tampered = c.withParam("ClientToken", "tok-en");
        assertThat(failure(() -> verifierAt(c).verify(tampered))).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
    }

    @Test
    void refusesRpcSignatureMethodOtherThanHmacSha1() {
        Capture c = Capture.labelled(TEA_RPC).withParam("SignatureMethod", "HMAC-SHA256");
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.UNSUPPORTED_SIGNATURE_METHOD);
    }

    @Test
    void refusesRpcSignatureVersionOtherThanOne() {
        Capture c = Capture.labelled(TEA_RPC).withParam("SignatureVersion", "2.0");
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.UNSUPPORTED_SIGNATURE_METHOD);
    }

    @Test
    void refusesRpcWithoutTimestamp() {
        Capture c = Capture.labelled(TEA_RPC).withParam("Timestamp", null);
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.TIMESTAMP_MISSING);
    }

    @Test
    void refusesRpcMalformedTimestamp() {
        for (String bad : new String[] {"2026-11-23T07:39:04", "2026-11-23T07:39:04.000Z", "2026-13-23T07:39:04Z",
                "1795419544", "2026-02-30T07:39:04Z", "2026-11-23T24:00:00Z", "2026-11-23T07:60:04Z",
                "2026-11-23T07:39:60Z", "2026-11-23 07:39:04Z", "2026-11-23T07:39:04z", "2026/11/23T07:39:04Z",
                "2026-1a-23T07:39:04Z", "2026-11-23T07:39:0\u0664Z", "+026-11-23T07:39:04Z", "2026-11-2307:39:04ZZ",
                "2026-11-23T07:39:04+00:00"}) {
            Capture c = Capture.labelled(TEA_RPC).withParam("Timestamp", bad);
            assertThat(failure(() -> verifierAt(c).verify(c))).as(bad).isEqualTo(AuthFailure.TIMESTAMP_MALFORMED);
        }
    }

    @Test
    void readsTheTimestampAsUtcToTheSecond() {
        assertThat(AliyunAuthenticator.parseTime("2026-11-23T07:39:04Z", "Timestamp"))
                .isEqualTo(java.time.Instant.parse("2026-11-23T07:39:04Z"));
        assertThat(AliyunAuthenticator.parseTime("2024-02-29T23:59:59Z", "Timestamp"))
                .isEqualTo(java.time.Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(AliyunAuthenticator.parseTime("0001-01-01T00:00:00Z", "Timestamp"))
                .isEqualTo(java.time.Instant.parse("0001-01-01T00:00:00Z"));
    }

    @Test
    void refusesRpcWithoutNonce() {
        Capture c = Capture.labelled(TEA_RPC).withParam("SignatureNonce", null);
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.NONCE_MISSING);
    }

    @Test
    void refusesRpcWithoutAccessKeyId() {
        Capture c = Capture.labelled(TEA_RPC).withParam("AccessKeyId", null);
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.INCOMPLETE_SIGNATURE);
    }

    @Test
    void refusesRegistryThatForgetsBeforeAFutureDatedRequestExpires() {
        MemoryNonceRegistry tooShort = new MemoryNonceRegistry(Duration.ofMinutes(15), 100);
        assertThatThrownBy(() -> new AliyunAuthenticator(Fixture.KEYS, tooShort, InstantSource.system()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forClockWindow");
    }

    @Test
    void futureDatedRequestCannotBeReplayedOnceOurClockPassesTheFirstWindow() {
        Capture c = Capture.labelled(TEA_RPC);
        MemoryNonceRegistry nonces = MemoryNonceRegistry.forClockWindow(AliyunAuthenticator.DEFAULT_WINDOW, 100);
        Duration fourteen = Duration.ofMinutes(14);
        new AliyunAuthenticator(Fixture.KEYS, nonces, InstantSource.fixed(c.time().minus(fourteen)))
                .authenticate(c.request());
        AliyunAuthenticator later = new AliyunAuthenticator(Fixture.KEYS, nonces,
                InstantSource.fixed(c.time().plus(fourteen)));
        assertThat(failure(() -> later.authenticate(c.request()))).isEqualTo(AuthFailure.NONCE_REUSED);
    }
}
