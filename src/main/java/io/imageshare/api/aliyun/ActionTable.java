package io.imageshare.api.aliyun;

import io.imageshare.auth.Denial;
import java.util.Map;
import java.util.function.Function;

/**
 * The part every Alibaba product shares: its version, its code, how it names parameter errors,
 * which handler answers each action and what RAM calls each action. A product only declares its
 * tables and how the core's refusals read in its own codes ({@link #translate}).
 */
public abstract class ActionTable implements AliyunProduct {
    private final String version;
    private final String code;
    private final ParamErrors paramErrors;
    private final Map<String, Function<AliyunCall, Object>> actions;
    private final Map<String, RamPermission> permissions;

    /** @throws IllegalArgumentException unless every action has exactly one RAM row */
    protected ActionTable(String version, String code, ParamErrors paramErrors,
                          Map<String, Function<AliyunCall, Object>> actions, Map<String, RamPermission> permissions) {
        if (!actions.keySet().equals(permissions.keySet())) {
            throw new IllegalArgumentException(code + ": the RAM table must name exactly the actions served; actions "
                    + actions.keySet() + ", RAM rows " + permissions.keySet());
        }
        this.version = version;
        this.code = code;
        this.paramErrors = paramErrors;
        this.actions = Map.copyOf(actions);
        this.permissions = Map.copyOf(permissions);
    }

    /** This product's error for a refusal of the core, or null when the exception is not a refusal. */
    protected abstract AliyunException translate(RuntimeException e);

    @Override
    public final String version() {
        return version;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final ParamErrors paramErrors() {
        return paramErrors;
    }

    @Override
    public final boolean hasAction(String action) {
        return actions.containsKey(action);
    }

    @Override
    public final RamPermission permission(String action) {
        return permissions.get(action);
    }

    /** The gateway's answer (api-reference E.1): 403 Forbidden.RAM with AccessDeniedDetail. */
    @Override
    public AliyunException denied(Denial denial) {
        return AliyunException.denied(AliyunCommonError.FORBIDDEN_RAM, AccessDeniedDetail.of(denial));
    }

    @Override
    public final Object handle(AliyunCall call) {
        try {
            return actions.get(call.action()).apply(call);
        } catch (AliyunException e) {
            throw e;
        } catch (RuntimeException e) {
            AliyunException mapped = translate(e);
            if (mapped == null) {
                throw e;
            }
            throw mapped;
        }
    }
}
