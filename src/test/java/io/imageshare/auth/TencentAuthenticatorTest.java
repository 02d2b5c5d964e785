package io.imageshare.auth;

import static io.imageshare.auth.Fixture.exception;
import static io.imageshare.auth.Fixture.failure;
import static io.imageshare.auth.Fixture.verifierAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Tencent specifics beyond "every capture verifies", against the worked examples of wire.md. */
class TencentAuthenticatorTest {
    private static final String TC3_POST = "tencent-cvm-3.1.1342/tc3-post/ModifyImageSharePermission";
    private static final String TC3_GET = "tencent-cvm-3.1.1342/tc3-get/DescribeImages";
    private static final String V1 = "tencent-cvm-3.1.1342/hmacsha256-post/ModifyImageSharePermission";

    @Test
    void tc3MismatchCarriesStringToSignOfWireExample() {
        Capture c = Capture.labelled(TC3_POST);
        AuthException e = exception(() -> verifierAt(c).verify(Fixture.tamperSignature(c)));
        assertThat(e.detail()).isEqualTo("TC3-HMAC-SHA256\n1795419581\n2026-11-23/127/tc3_request\n"
                + "f315c469fc5313f777dd1e790a07d2177bc1e059ebaeeb603330bfe0a5baec11");
    }

    @Test
    void tc3GetSignsTheRawQueryUnsorted() {
        Capture c = Capture.labelled(TC3_GET);
        AuthException e = exception(() -> verifierAt(c).verify(Fixture.tamperSignature(c)));
        assertThat(e.detail()).endsWith("e0a14c6accef9ec5e87c82bc996811f037cae6f8be19c67101fcb1e911ca81a9");
        // The same parameters in sorted order are a different request to TC3.
        Capture sorted = c.withRawQuery("Filters.0.Name=image-type&Filters.0.Values.0=PRIVATE_IMAGE"
                + "&Filters.0.Values.1=SHARED_IMAGE&ImageIds.0=img-12345678&Limit=10&Offset=0");
        assertThat(failure(() -> verifierAt(c).verify(sorted))).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
    }

    @Test
    void tc3TakesServiceFromCredentialWhateverTheHost() {
        Capture viaProxy = Capture.labelled("tencent-cvm-3.1.1342/tc3-post-via-proxy/ModifyImageSharePermission");
        assertThat(viaProxy.header("Authorization")).contains("/cvm/tc3_request");
        assertThat(verifierAt(viaProxy).verify(viaProxy).id()).isEqualTo("AKIDTEST");
        Capture direct = Capture.labelled(TC3_POST);
        assertThat(direct.header("Authorization")).contains("/127/tc3_request");
        assertThat(verifierAt(direct).verify(direct).id()).isEqualTo("AKIDTEST");
    }

    @Test
    void tc3AcceptsFieldsInAnyOrder() {
        Capture c = Capture.labelled(TC3_POST);
        AuthorizationHeader h = AuthorizationHeader.parse(c.header("Authorization"));
        String reordered = "TC3-HMAC-SHA256 SignedHeaders=" + h.fields().get("SignedHeaders") + ",Signature="
                + h.fields().get("Signature") + ", Credential=" + h.fields().get("Credential");
        assertThat(verifierAt(c).verify(c.withHeader("Authorization", reordered)).id()).isEqualTo("AKIDTEST");
    }

    @Test
    void refusesTc3WhoseCredentialDateIsNotTheTimestampDate() {
        Capture c = Capture.labelled(TC3_POST);
        Capture otherDate = c.withHeader("Authorization", c.header("Authorization").replace("2026-11-23", "2026-11-22"));
        assertThat(failure(() -> verifierAt(c).verify(otherDate))).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
    }

    @Test
    void refusesTc3MalformedCredential() {
        Capture c = Capture.labelled(TC3_POST);
        Capture broken = c.withHeader("Authorization", c.header("Authorization").replace("/tc3_request", "/aws4_request"));
        assertThat(failure(() -> verifierAt(c).verify(broken))).isEqualTo(AuthFailure.MALFORMED_AUTHORIZATION);
    }

    @Test
    void refusesTc3WithoutOrWithMalformedTimestamp() {
        Capture c = Capture.labelled(TC3_POST);
        assertThat(failure(() -> verifierAt(c).verify(c.withHeader("X-TC-Timestamp", null))))
                .isEqualTo(AuthFailure.TIMESTAMP_MISSING);
        assertThat(failure(() -> verifierAt(c).verify(c.withHeader("X-TC-Timestamp", "-1795419581"))))
                .isEqualTo(AuthFailure.TIMESTAMP_MALFORMED);
    }

    @Test
    void refusesOtherTc3Algorithms() {
        Capture c = Capture.labelled(TC3_POST);
        Capture other = c.withHeader("Authorization", c.header("Authorization").replace("TC3-HMAC-SHA256", "TC3-HMAC-SM3"));
        assertThat(failure(() -> verifierAt(c).verify(other))).isEqualTo(AuthFailure.UNSUPPORTED_SIGNATURE_METHOD);
    }

    @Test
    void refusesTc3WhoseSignedHeaderWasNotSent() {
        Capture c = Capture.labelled(TC3_POST).withHeader("Content-Type", null);
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.INCOMPLETE_SIGNATURE);
    }

    @Test
    void tc3UnsignedPayloadHashesTheMarkerInsteadOfTheBody() throws Exception {
        Capture base = Capture.labelled(TC3_POST).withHeader("X-TC-Content-SHA256", "UNSIGNED-PAYLOAD");
        String canonical = "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:127.0.0.1:18931\n\n"
                + "content-type;host\n" + hex(sha256("UNSIGNED-PAYLOAD"));
        String sts = "TC3-HMAC-SHA256\n1795419581\n2026-11-23/127/tc3_request\n" + hex(sha256(canonical));
        byte[] k = hmac("HmacSHA256", ("TC3SECRETTEST").getBytes(StandardCharsets.UTF_8), "2026-11-23");
        k = hmac("HmacSHA256", k, "127");
        k = hmac("HmacSHA256", k, "tc3_request");
        String auth = "TC3-HMAC-SHA256 Credential=AKIDTEST/2026-11-23/127/tc3_request, SignedHeaders=content-type;host, "
                + "Signature=" + hex(hmac("HmacSHA256", k, sts));
        Capture c = base.withHeader("Authorization", auth);
        assertThat(verifierAt(c).verify(c).id()).isEqualTo("AKIDTEST");
        // And the unmodified SDK request, whose signature covers its body, no longer matches.
        assertThat(failure(() -> verifierAt(base).verify(base))).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
    }

    @Test
    void v1MismatchCarriesStringToSignOfWireExample() {
        Capture c = Capture.labelled(V1);
        AuthException e = exception(() -> verifierAt(c).verify(Fixture.tamperSignature(c)));
        assertThat(e.detail()).isEqualTo("POST127.0.0.1:18931/?AccountIds.0=100000000001&AccountIds.1=100000000002"
                + "&Action=ModifyImageSharePermission&ImageId=img-12345678&Nonce=1634644771&Permission=SHARE"
                + "&Region=ap-guangzhou&RequestClient=SDK_JAVA_3.1.1342&SecretId=AKIDTEST"
                + "&SignatureMethod=HmacSHA256&Timestamp=1795419581&Version=2017-03-12");
    }

    @Test
    void v1DefaultsToHmacSha1AndWritesUnderscoresAsDots() throws Exception {
        // Sorted by the names as sent ("Image_Id" after "ImageId"), then "_" printed as ".".
        String form = "Action=DescribeImages&Version=2017-03-12&Region=ap-guangzhou&Timestamp=1795419581"
                + "&Nonce=42&SecretId=AKIDTEST&ImageId=img-1&Image_Id=x y&Filters.0.Name=image-type";
        String sts = "POST127.0.0.1:18931/?Action=DescribeImages&Filters.0.Name=image-type&ImageId=img-1"
                + "&Image.Id=x y&Nonce=42&Region=ap-guangzhou&SecretId=AKIDTEST&Timestamp=1795419581"
                + "&Version=2017-03-12";
        String signature = Base64.getEncoder().encodeToString(
                hmac("HmacSHA1", "SECRETTEST".getBytes(StandardCharsets.UTF_8), sts));
        Capture c = Capture.labelled(V1).withBody((form.replace(" ", "+") + "&Signature="
                + java.net.URLEncoder.encode(signature, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        assertThat(verifierAt(c).verify(c).id()).isEqualTo("AKIDTEST");
    }

    @Test
    void v1ReplayIsRefusedButAnotherKeysSameNonceIsNot() {
        Capture c = Capture.labelled(V1);
        Fixture.Verifier v = verifierAt(c);
        v.verify(c);
        assertThat(failure(() -> v.verify(c))).isEqualTo(AuthFailure.NONCE_REUSED);
        assertThat(v.nonces().firstUse("AKIDOTHER", c.param("Nonce"), c.signedAt())).isTrue();
    }

    @Test
    void refusesV1WithoutNonceOrTimestamp() {
        Capture c = Capture.labelled(V1);
        assertThat(failure(() -> verifierAt(c).verify(c.withParam("Nonce", null)))).isEqualTo(AuthFailure.NONCE_MISSING);
        assertThat(failure(() -> verifierAt(c).verify(c.withParam("Timestamp", null))))
                .isEqualTo(AuthFailure.TIMESTAMP_MISSING);
        assertThat(failure(() -> verifierAt(c).verify(c.withParam("Timestamp", "2026-11-23T07:39:41Z"))))
                .isEqualTo(AuthFailure.TIMESTAMP_MALFORMED);
    }

    @Test
    void v1SignsTheHostAsReceived() {
        Capture c = Capture.labelled(V1).withHeader("Host", "127.0.0.1");
        assertThat(failure(() -> verifierAt(c).verify(c))).isEqualTo(AuthFailure.SIGNATURE_MISMATCH);
    }

    @Test
    void tc3WindowIsFiveMinutes() {
        Capture c = Capture.labelled(TC3_POST);
        Instant at = c.signedAt();
        assertThat(Fixture.verifier(Fixture.KEYS, at.plusSeconds(300)).verify(c).id()).isEqualTo("AKIDTEST");
        assertThat(failure(() -> Fixture.verifier(Fixture.KEYS, at.plusSeconds(301)).verify(c)))
                .isEqualTo(AuthFailure.TIMESTAMP_EXPIRED);
    }

    private static byte[] sha256(String s) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String alg, byte[] key, String data) throws Exception {
        Mac mac = Mac.getInstance(alg);
        mac.init(new SecretKeySpec(key, alg));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
