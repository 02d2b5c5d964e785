package io.imageshare.api.tencent;

import io.imageshare.api.RequestIds;
import io.imageshare.auth.AuthException;
import io.imageshare.auth.Authorizer;
import io.imageshare.auth.Denial;
import io.imageshare.auth.RequestFacts;
import io.imageshare.auth.TencentAuthenticator;
import io.imageshare.core.AccessKey;
import io.imageshare.core.Cloud;
import io.imageshare.core.Regions;
import io.imageshare.core.StoreUnavailableException;
import io.imageshare.http.ApiRequest;
import io.imageshare.http.ApiResponse;
import io.imageshare.http.Dialect;
import io.imageshare.http.MalformedRequestException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Tencent Cloud API 3.0 dialect: reads the common parameters where the signing mode carries
 * them, picks the product by version, authenticates, limits the rate, reads the business parameters
 * into one view, dispatches, and answers in the vendor's envelope: always HTTP 200 with a lower-case
 * UUID RequestId, failures as {@code Response.Error} in the request's language. Any failure, an
 * unexpected one included, becomes a documented Tencent error; no stack trace reaches the caller.
 */
public final class TencentDialect implements Dialect {
    private static final Logger LOG = LoggerFactory.getLogger(TencentDialect.class);
    private final Map<String, TencentProduct> byVersion = new HashMap<>();
    private final TencentAuthenticator authenticator;
    private final Authorizer authorizer;
    private final RateLimiter limiter;
    private final Regions regions;
    private final TencentRenderer renderer = new TencentRenderer();

    public TencentDialect(TencentAuthenticator authenticator, Authorizer authorizer, RateLimiter limiter,
                          Regions regions, List<TencentProduct> products) {
        this.authenticator = authenticator;
        this.authorizer = authorizer;
        this.limiter = limiter;
        this.regions = regions;
        products.forEach(p -> byVersion.put(p.version(), p));
    }

    @Override
    public ApiResponse handle(ApiRequest raw) {
        String requestId = RequestIds.next();
        TencentRequest request = new TencentRequest(raw);
        TencentLanguage language = TencentLanguage.EN_US;
        try {
            language = request.language();
            if (!raw.method().equals("GET") && !raw.method().equals("POST")) {
                throw TencentException.of(TencentCommonError.UNSUPPORTED_PROTOCOL);
            }
            Target target = target(request);
            TencentAction action = target.action();
            AccessKey key = authenticate(request);
            if (!limiter.tryAcquire(key.account(), action.name())) {
                throw TencentException.of(TencentCommonError.REQUEST_LIMIT_EXCEEDED, limiter.perSecond());
            }
            String region = region(request, action);
            TencentParams params = new TencentParams(request.businessParameters(), action.params());
            TencentCall call = new TencentCall(requestId, action.name(), key.caller(), region, params);
            authorize(target.product(), call, raw);
            Object body = target.product().handle(action, call);
            return renderer.success(body, requestId);
        } catch (TencentException e) {
            return error(e, language, requestId);
        } catch (MalformedRequestException e) {
            return error(TencentException.of(TencentCommonError.MALFORMED_REQUEST, e.getMessage()), language, requestId);
        } catch (StoreUnavailableException e) {
            LOG.warn("database unavailable: {}", e.getMessage());
            return error(TencentException.of(TencentCommonError.SERVICE_UNAVAILABLE), language, requestId);
        } catch (RuntimeException e) {
            LOG.error("request {} failed", requestId, e);
            return error(TencentException.of(TencentCommonError.INTERNAL_ERROR), language, requestId);
        }
    }

    @Override
    public ApiResponse unreadable(ApiRequest headersOnly, String reason) {
        return error(TencentException.of(TencentCommonError.MALFORMED_REQUEST, stripDot(reason)),
                languageOf(headersOnly), RequestIds.next());
    }

    @Override
    public ApiResponse tooLarge(ApiRequest headersOnly, int maxBodyBytes) {
        return error(TencentException.of(TencentCommonError.REQUEST_SIZE_LIMIT_EXCEEDED, maxBodyBytes),
                languageOf(headersOnly), RequestIds.next());
    }

    private record Target(TencentProduct product, TencentAction action) {
    }

    /** The product (by version) and its action the request names. */
    private Target target(TencentRequest request) {
        String action = request.common("Action");
        if (action == null) {
            throw TencentException.of(TencentCommonError.MISSING_PARAMETER, request.commonName("Action"));
        }
        String version = request.common("Version");
        if (version == null) {
            throw TencentException.of(TencentCommonError.MISSING_PARAMETER, request.commonName("Version"));
        }
        TencentProduct product = byVersion.get(version);
        if (product == null) {
            throw TencentException.of(TencentCommonError.NO_SUCH_VERSION);
        }
        return new Target(product, product.action(action)
                .orElseThrow(() -> TencentException.of(TencentCommonError.INVALID_ACTION)));
    }

    /**
     * The signer's key, which must be a Tencent Cloud account's: an Alibaba Cloud key does not exist
     * for this cloud. Temporary credentials (a Token) are never issued here, so none can be valid.
     */
    private AccessKey authenticate(TencentRequest request) {
        AccessKey key;
        try {
            key = authenticator.authenticate(request.raw());
        } catch (AuthException e) {
            throw TencentAuthErrors.of(e, request.raw(), request.tc3());
        }
        if (key.account().cloud() != Cloud.TENCENT) {
            throw TencentException.of(TencentCommonError.SECRET_ID_NOT_FOUND);
        }
        if (request.common("Token") != null) {
            throw TencentException.of(TencentCommonError.TOKEN_FAILURE);
        }
        return key;
    }

    /** After the parameters are read (an undefined one is refused first), before the handler. */
    private void authorize(TencentProduct product, TencentCall call, ApiRequest raw) {
        if (call.caller().isRoot()) {
            return;
        }
        CamPermission permission = product.permission(call.action());
        String service = permission.action().substring(0, permission.action().indexOf(':'));
        Denial denial = authorizer.check(call.caller(), permission.action(), permission.resources().apply(call),
                new RequestFacts(raw.remoteAddress(), false, service, call.region()));
        if (denial != null) {
            throw TencentException.of(permission.denial(), call.requestId(), denial.action(), denial.resource());
        }
    }

    /** The region a regional action needs; a global one checks a region only when one is sent. */
    private String region(TencentRequest request, TencentAction action) {
        String region = request.common("Region");
        if (region == null) {
            if (action.regional()) {
                throw TencentException.of(TencentCommonError.MISSING_PARAMETER, request.commonName("Region"));
            }
            return null;
        }
        if (!regions.exists(Cloud.TENCENT, region)) {
            throw TencentException.of(TencentCommonError.UNSUPPORTED_REGION);
        }
        return action.regional() ? region : null;
    }

    private ApiResponse error(TencentException e, TencentLanguage language, String requestId) {
        return renderer.error(e.code().code(), e.message(language), requestId);
    }

    private static TencentLanguage languageOf(ApiRequest headersOnly) {
        try {
            return new TencentRequest(headersOnly).language();
        } catch (RuntimeException e) {
            return TencentLanguage.EN_US;
        }
    }

    private static String stripDot(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
