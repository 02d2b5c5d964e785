package io.imageshare.auth;

import io.imageshare.core.AccessKey;
import io.imageshare.http.ApiRequest;
import io.imageshare.http.Param;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Verifies Alibaba Cloud requests: RPC v1 (HMAC-SHA1, {@code Signature} parameter) and
 * ACS3-HMAC-SHA256 ({@code Authorization} header), as the Tea and legacy SDKs send them.
 *
 * <p>The nonce registry must remember nonces for twice the clock window (see
 * {@link MemoryNonceRegistry#forClockWindow}). A {@link io.imageshare.http.MalformedRequestException}
 * from decoding the parameters passes through unchanged.
 */
public final class AliyunAuthenticator {
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);

    private final KeyDirectory keys;
    private final NonceRegistry nonces;
    private final InstantSource clock;
    private final Duration window;

    public AliyunAuthenticator(KeyDirectory keys, NonceRegistry nonces, InstantSource clock, Duration window) {
        this.keys = keys;
        this.nonces = nonces;
        this.clock = clock;
        this.window = Checks.requireRetention(nonces, window);
    }

    public AliyunAuthenticator(KeyDirectory keys, NonceRegistry nonces, InstantSource clock) {
        this(keys, nonces, clock, DEFAULT_WINDOW);
    }

    /** Returns the key that signed the request, or throws {@link AuthException}. */
    public AccessKey authenticate(ApiRequest request) {
        String authorization = request.header("authorization");
        if (authorization != null && authorization.strip().startsWith("ACS3-")) {
            return acs3(request, AuthorizationHeader.parse(authorization));
        }
        if (request.param("Signature") != null) {
            return rpc(request);
        }
        throw new AuthException(AuthFailure.INCOMPLETE_SIGNATURE,
                "neither an ACS3 Authorization header nor a Signature parameter");
    }

    private AccessKey rpc(ApiRequest request) {
        String signature = Checks.require(request.param("Signature"), AuthFailure.INCOMPLETE_SIGNATURE, "Signature");
        String method = Checks.require(request.param("SignatureMethod"), AuthFailure.INCOMPLETE_SIGNATURE,
                "SignatureMethod");
        if (!method.equals("HMAC-SHA1")) {
            throw new AuthException(AuthFailure.UNSUPPORTED_SIGNATURE_METHOD, method);
        }
        String version = Checks.require(request.param("SignatureVersion"), AuthFailure.INCOMPLETE_SIGNATURE,
                "SignatureVersion");
        if (!version.equals("1.0")) {
            throw new AuthException(AuthFailure.UNSUPPORTED_SIGNATURE_METHOD, "SignatureVersion " + version);
        }
        String keyId = Checks.require(request.param("AccessKeyId"), AuthFailure.INCOMPLETE_SIGNATURE, "AccessKeyId");
        Instant time = parseTime(request.param("Timestamp"), "Timestamp");
        String nonce = Checks.require(request.param("SignatureNonce"), AuthFailure.NONCE_MISSING, "SignatureNonce");
        AccessKey key = Checks.key(keys, keyId);

        List<Param> params = request.params();
        String stringToSign = AliyunRpcSignature.stringToSign(request.method(), params, true);
        if (!Crypto.sameSignature(AliyunRpcSignature.sign(key.secret(), stringToSign), signature)) {
            // Tea leaves empty values out of what it signs; legacy keeps them. Echo the legacy form:
            // the legacy SDK compares it with its own to diagnose a wrong secret.
            String teaForm = AliyunRpcSignature.hasEmptyValue(params)
                    ? AliyunRpcSignature.stringToSign(request.method(), params, false) : null;
            if (teaForm == null
                    || !Crypto.sameSignature(AliyunRpcSignature.sign(key.secret(), teaForm), signature)) {
                throw new AuthException(AuthFailure.SIGNATURE_MISMATCH, stringToSign);
            }
        }
        return accept(key, time, nonce);
    }

    private AccessKey acs3(ApiRequest request, AuthorizationHeader authorization) {
        if (!authorization.scheme().equals(Acs3Signature.ALGORITHM)) {
            throw new AuthException(AuthFailure.UNSUPPORTED_SIGNATURE_METHOD, authorization.scheme());
        }
        String keyId = authorization.require("Credential");
        String signedHeaderList = authorization.require("SignedHeaders");
        String signature = authorization.require("Signature");
        List<String> signedHeaders = authorization.signedHeaders(request);
        Instant time = parseTime(request.header("x-acs-date"), "x-acs-date");
        String nonce = Checks.require(request.header("x-acs-signature-nonce"), AuthFailure.NONCE_MISSING,
                "x-acs-signature-nonce");
        // Unsigned, date and nonce could be swapped by anyone who captured the request.
        for (String required : List.of("x-acs-date", "x-acs-signature-nonce")) {
            if (!signedHeaders.contains(required)) {
                throw new AuthException(AuthFailure.INCOMPLETE_SIGNATURE, required + " is not signed");
            }
        }
        String bodyHash = Crypto.sha256Hex(request.body());
        String declared = request.header("x-acs-content-sha256");
        if (declared != null && !declared.strip().equalsIgnoreCase(bodyHash)) {
            throw new AuthException(AuthFailure.CONTENT_HASH_MISMATCH, "body sha256 is " + bodyHash);
        }
        AccessKey key = Checks.key(keys, keyId);

        String canonical = Acs3Signature.canonicalRequest(request, signedHeaders, signedHeaderList,
                declared != null ? declared.strip() : bodyHash);
        String stringToSign = Acs3Signature.stringToSign(canonical);
        Checks.signature(Acs3Signature.sign(key.secret(), stringToSign), signature.toLowerCase(Locale.ROOT),
                stringToSign);
        return accept(key, time, nonce);
    }

    private AccessKey accept(AccessKey key, Instant requestTime, String nonce) {
        Instant now = clock.instant();
        Checks.fresh(requestTime, now, window);
        Checks.firstUse(nonces, key.id(), nonce, now);
        return key;
    }

    /**
     * ISO 8601 in UTC to the second, {@code yyyy-MM-ddTHH:mm:ssZ}, the only form the SDKs send. Read
     * by position rather than by a DateTimeFormatter, which cost a thirtieth of a describe call
     * (issue 6); LocalDateTime.of still refuses a 30 February or a 24th hour.
     */
    static Instant parseTime(String value, String what) {
        Checks.require(value, AuthFailure.TIMESTAMP_MISSING, what);
        if (value.length() != 20 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T'
                || value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != 'Z') {
            throw new AuthException(AuthFailure.TIMESTAMP_MALFORMED, value);
        }
        try {
            return LocalDateTime.of(digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2),
                    digits(value, 11, 2), digits(value, 14, 2), digits(value, 17, 2)).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new AuthException(AuthFailure.TIMESTAMP_MALFORMED, value);
        }
    }

    /** The decimal number of {@code count} ASCII digits at {@code start}. */
    private static int digits(String value, int start, int count) {
        int n = 0;
        for (int i = start; i < start + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit");
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
