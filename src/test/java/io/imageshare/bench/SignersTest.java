package io.imageshare.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.imageshare.http.Param;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The bench's signers reproduce what the official SDKs signed (wire.md §4 and Appendix B, secret
 * SECRETTEST for AKIDTEST) when given the same time and nonce.
 */
class SignersTest {
    private static final String HOST = "127.0.0.1:18931";

    @Test
    void rpcV1MatchesLegacyEcsDescribeCapture() {
        WireRequest r = new RpcV1Signer("AKIDTEST", "SECRETTEST").sign(HOST, "2014-05-26",
                "DescribeImageSharePermission", List.of(new Param("PageSize", "10"), new Param("PageNumber", "1"),
                        new Param("ImageId", "m-test"), new Param("RegionId", "cn-hangzhou")),
                Instant.parse("2026-11-23T07:39:23Z"), "2daae2103e50004b808009d0d9de9808");
        assertThat(r.rawQuery()).contains("&Signature=EIj8KJZIzWc%2FCEZNwMLvpMNiS5c%3D");
    }

    @Test
    void acs3MatchesTeaEcsModifyCapture() {
        WireRequest r = new Acs3Signer("AKIDTEST", "SECRETTEST").sign(HOST, "2014-05-26",
                "ModifyImageSharePermission", List.of(new Param("AddAccount.1", "1234567890"),
                        new Param("RemoveAccount.1", "3456789012"), new Param("IsPublic", "false"),
                        new Param("ImageId", "m-test"), new Param("RegionId", "cn-hangzhou"),
                        new Param("AddAccount.2", "2345678901")),
                Instant.parse("2026-11-23T07:39:04Z"), "1515f8935430c877202ce745ff6a0181");
        assertThat(r.headers().get("authorization")).isEqualTo("ACS3-HMAC-SHA256 Credential=AKIDTEST,"
                + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                + "Signature=2ed3eba4ccebead78d35eaa52a8468d8c52b958eb135825efe4d4f1048566b85");
    }

    @Test
    void tc3MatchesCvmModifyCapture() {
        byte[] body = "{\"ImageId\":\"img-12345678\",\"AccountIds\":[\"100000000001\",\"100000000002\"],\"Permission\":\"SHARE\"}"
                .getBytes(StandardCharsets.UTF_8);
        WireRequest r = new Tc3Signer("AKIDTEST", "SECRETTEST").sign(HOST, "2017-03-12", "ModifyImageSharePermission",
                "ap-guangzhou", body, Instant.ofEpochSecond(1795419581L));
        assertThat(r.headers().get("authorization")).isEqualTo("TC3-HMAC-SHA256 Credential=AKIDTEST/2026-11-23/127/"
                + "tc3_request, SignedHeaders=content-type;host, "
                + "Signature=b9bf7aa5b6bc743cf408c00817d46eba510a8b6ea2db17fd375338fd21ad1b31");
    }

    @Test
    void everyCallHasItsOwnNonce() {
        assertThat(SignedCalls.nonce()).hasSize(32).isNotEqualTo(SignedCalls.nonce());
    }
}
