package io.imageshare.api.tencent;

import java.util.Map;
import java.util.function.Function;

/**
 * One action of a product: the parameters it defines (anything else is {@code UnknownParameter}),
 * whether it needs a region, and the handler that returns its response record.
 */
public record TencentAction(String name, boolean regional, Map<String, ParamKind> params,
                            Function<TencentCall, Object> handler) {
    public TencentAction {
        params = Map.copyOf(params);
    }
}
