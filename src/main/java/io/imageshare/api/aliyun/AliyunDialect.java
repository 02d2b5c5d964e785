package io.imageshare.api.aliyun;

import io.imageshare.api.RequestIds;
import io.imageshare.auth.AliyunAuthenticator;
import io.imageshare.auth.AuthException;
import io.imageshare.auth.Authorizer;
import io.imageshare.auth.Denial;
import io.imageshare.auth.RequestFacts;
import io.imageshare.core.AccessKey;
import io.imageshare.core.StoreUnavailableException;
import io.imageshare.http.ApiRequest;
import io.imageshare.http.ApiResponse;
import io.imageshare.http.Dialect;
import io.imageshare.http.MalformedRequestException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Alibaba RPC dialect shared by ECS, ENS and SWAS: reads Action and Version (from x-acs-*
 * headers or parameters), picks the product by version, authenticates, dispatches, and renders
 * the result or the error in JSON or XML. Any failure becomes a documented Alibaba error.
 * Authorisation comes after authentication and the action's region, before its handler: the
 * product's RAM table names the action and resources, the {@link Authorizer} decides.
 */
public final class AliyunDialect implements Dialect {
    private static final Logger LOG = LoggerFactory.getLogger(AliyunDialect.class);
    private final Map<String, AliyunProduct> byVersion = new HashMap<>();
    private final AliyunAuthenticator authenticator;
    private final Authorizer authorizer;
    private final AliyunRenderer renderer = new AliyunRenderer();
    private final String defaultRegion;

    public AliyunDialect(AliyunAuthenticator authenticator, Authorizer authorizer, List<AliyunProduct> products,
                         String defaultRegion) {
        this.authenticator = authenticator;
        this.authorizer = authorizer;
        this.defaultRegion = defaultRegion;
        products.forEach(p -> byVersion.put(p.version(), p));
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        String requestId = RequestIds.next().toUpperCase(Locale.ROOT);
        AliyunFormat format = AliyunFormat.fromAccept(request);
        AliyunProduct product = null;
        try {
            // Format first: every error, the unsupported method included, answers in the request's format.
            format = AliyunFormat.of(request, request.param("Format"));
            if (!request.method().equals("GET") && !request.method().equals("POST")) {
                throw AliyunException.of(AliyunCommonError.UNSUPPORTED_HTTP_METHOD);
            }
            String action = headerOrParam(request, "x-acs-action", "Action");
            String version = headerOrParam(request, "x-acs-version", "Version");
            if (version == null) {
                throw AliyunException.of(AliyunCommonError.MISSING_PARAMETER, "Version");
            }
            if (action == null) {
                throw AliyunException.of(AliyunCommonError.MISSING_PARAMETER, "Action");
            }
            product = byVersion.get(version);
            if (product == null) {
                throw AliyunException.of(AliyunCommonError.INVALID_VERSION);
            }
            if (!product.hasAction(action)) {
                throw AliyunException.of(AliyunCommonError.INVALID_ACTION);
            }
            AccessKey key = authenticate(request);
            boolean acs3 = request.header("authorization") != null;
            AliyunCall call = new AliyunCall(request, requestId, action, key.caller(),
                    new AliyunParams(request.params(), product.paramErrors()), acs3 ? defaultRegion : null);
            authorize(product, call);
            return renderer.success(action, product.handle(call), format);
        } catch (AliyunException e) {
            return error(request, requestId, product, e, format);
        } catch (MalformedRequestException e) {
            return error(request, requestId, product, AliyunException.withMessage(
                    AliyunCommonError.INVALID_PARAMETER, "The request is not valid: " + e.getMessage() + "."),
                    AliyunFormat.ofUndecodable(request));
        } catch (StoreUnavailableException e) {
            LOG.warn("database unavailable: {}", e.getMessage());
            return error(request, requestId, product, AliyunException.of(AliyunCommonError.SERVICE_UNAVAILABLE), format);
        } catch (RuntimeException e) {
            LOG.error("request {} failed", requestId, e);
            return error(request, requestId, product, AliyunException.of(AliyunCommonError.INTERNAL_ERROR), format);
        }
    }

    @Override
    public ApiResponse unreadable(ApiRequest headersOnly, String reason) {
        String requestId = RequestIds.next().toUpperCase(Locale.ROOT);
        return error(headersOnly, requestId, null,
                AliyunException.withMessage(AliyunCommonError.INVALID_PARAMETER, reason),
                AliyunFormat.fromAccept(headersOnly));
    }

    private AccessKey authenticate(ApiRequest request) {
        try {
            return authenticator.authenticate(request);
        } catch (AuthException e) {
            throw AuthErrors.of(e);
        }
    }

    private void authorize(AliyunProduct product, AliyunCall call) {
        if (call.caller().isRoot()) {
            return; // the common case costs nothing: no resources built, no policies read
        }
        RamPermission permission = product.permission(call.action());
        Denial denial = authorizer.check(call.caller(), permission.action(), permission.resources().apply(call),
                new RequestFacts(call.request().remoteAddress(), false, null, null));
        if (denial != null) {
            throw product.denied(denial);
        }
    }

    private ApiResponse error(ApiRequest request, String requestId, AliyunProduct product, AliyunException e,
                              AliyunFormat format) {
        String code = e.code().code();
        String recommend = "https://api.aliyun.com/troubleshoot?q=" + code
                + (product == null ? "" : "&product=" + product.code()) + "&requestId=" + requestId;
        ErrorBody body = new ErrorBody(requestId, request.host(), code, e.getMessage(), recommend, e.detail());
        return renderer.error(e.code().status(), body, format);
    }

    private static String headerOrParam(ApiRequest request, String header, String param) {
        String v = request.header(header);
        if (v == null || v.isEmpty()) {
            v = request.param(param);
        }
        return v == null || v.isEmpty() ? null : v;
    }
}
