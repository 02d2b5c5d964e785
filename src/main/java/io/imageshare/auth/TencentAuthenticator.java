package io.imageshare.auth;

import io.imageshare.core.AccessKey;
import io.imageshare.http.ApiRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Verifies Tencent Cloud API 3.0 requests: TC3-HMAC-SHA256 ({@code Authorization} header, no nonce)
 * and v1 HmacSHA1/HmacSHA256 ({@code Signature} parameter in the query or a form body).
 *
 * <p>The nonce registry must remember nonces for twice the clock window (see
 * {@link MemoryNonceRegistry#forClockWindow}).
 */
public final class TencentAuthenticator {
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

    private final KeyDirectory keys;
    private final NonceRegistry nonces;
    private final InstantSource clock;
    private final Duration window;

    public TencentAuthenticator(KeyDirectory keys, NonceRegistry nonces, InstantSource clock, Duration window) {
        this.keys = keys;
        this.nonces = nonces;
        this.clock = clock;
        this.window = Checks.requireRetention(nonces, window);
    }

    public TencentAuthenticator(KeyDirectory keys, NonceRegistry nonces, InstantSource clock) {
        this(keys, nonces, clock, DEFAULT_WINDOW);
    }

    /** Returns the key that signed the request, or throws {@link AuthException}. */
    public AccessKey authenticate(ApiRequest request) {
        String authorization = request.header("authorization");
        if (authorization != null && authorization.strip().startsWith("TC3-")) {
            return tc3(request, AuthorizationHeader.parse(authorization));
        }
        if (request.param("Signature") != null) {
            return v1(request);
        }
        throw new AuthException(AuthFailure.INCOMPLETE_SIGNATURE,
                "neither a TC3 Authorization header nor a Signature parameter");
    }

    private AccessKey tc3(ApiRequest request, AuthorizationHeader authorization) {
        if (!authorization.scheme().equals(Tc3Signature.ALGORITHM)) {
            throw new AuthException(AuthFailure.UNSUPPORTED_SIGNATURE_METHOD, authorization.scheme());
        }
        String credential = authorization.require("Credential");
        String signedHeaderList = authorization.require("SignedHeaders");
        String signature = authorization.require("Signature");
        // <SecretId>/<date>/<service>/tc3_request. The service is whatever the SDK derived from its
        // endpoint ("127" for 127.0.0.1), so it is taken as given, never from our Host.
        String[] scope = credential.split("/", -1);
        if (scope.length != 4 || scope[0].isEmpty() || scope[1].isEmpty() || scope[2].isEmpty()
                || !scope[3].equals("tc3_request")) {
            throw new AuthException(AuthFailure.MALFORMED_AUTHORIZATION, "Credential " + credential);
        }
        List<String> signedHeaders = authorization.signedHeaders(request);
        String timestamp = request.header("x-tc-timestamp");
        Instant time = parseUnixSeconds(timestamp == null ? null : timestamp.strip());
        String expectedDate = time.atOffset(ZoneOffset.UTC).toLocalDate().toString();
        if (!scope[1].equals(expectedDate)) {
            throw new AuthException(AuthFailure.SIGNATURE_MISMATCH,
                    "credential date " + scope[1] + " is not the UTC date of X-TC-Timestamp (" + expectedDate + ")");
        }
        AccessKey key = Checks.key(keys, scope[0]);

        String stringToSign = Tc3Signature.stringToSign(timestamp.strip(),
                scope[1] + "/" + scope[2] + "/tc3_request",
                Tc3Signature.canonicalRequest(request, signedHeaders, signedHeaderList));
        Checks.signature(Tc3Signature.sign(key.secret(), scope[1], scope[2], stringToSign),
                signature.toLowerCase(Locale.ROOT), stringToSign);
        Checks.fresh(time, clock.instant(), window);
        return key;
    }

    private AccessKey v1(ApiRequest request) {
        String signature = Checks.require(request.param("Signature"), AuthFailure.INCOMPLETE_SIGNATURE, "Signature");
        String secretId = Checks.require(request.param("SecretId"), AuthFailure.INCOMPLETE_SIGNATURE, "SecretId");
        Instant time = parseUnixSeconds(request.param("Timestamp"));
        String nonce = Checks.require(request.param("Nonce"), AuthFailure.NONCE_MISSING, "Nonce");
        AccessKey key = Checks.key(keys, secretId);

        String path = request.path() == null || request.path().isEmpty() ? "/" : request.path();
        String stringToSign = TencentV1Signature.stringToSign(request.method(), request.host().strip(), path,
                request.params());
        Checks.signature(TencentV1Signature.sign(key.secret(), request.param("SignatureMethod"), stringToSign),
                signature, stringToSign);
        Instant now = clock.instant();
        Checks.fresh(time, now, window);
        Checks.firstUse(nonces, key.id(), nonce, now);
        return key;
    }

    private static Instant parseUnixSeconds(String value) {
        Checks.require(value, AuthFailure.TIMESTAMP_MISSING, "Timestamp");
        // Digits only, and few enough that the value is a plausible second count.
        if (value.length() > 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new AuthException(AuthFailure.TIMESTAMP_MALFORMED, value);
        }
        return Instant.ofEpochSecond(Long.parseLong(value));
    }
}
