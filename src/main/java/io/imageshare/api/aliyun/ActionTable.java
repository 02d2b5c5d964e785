package io.imageshare.api.aliyun;

import java.util.Map;
import java.util.function.Function;

/**
 * The part every Alibaba product shares: its version, its code, how it names parameter errors and
 * which handler answers each action. A product only declares its table and how the core's refusals
 * read in its own codes ({@link #translate}).
 */
public abstract class ActionTable implements AliyunProduct {
    private final String version;
    private final String code;
    private final ParamErrors paramErrors;
    private final Map<String, Function<AliyunCall, Object>> actions;

    protected ActionTable(String version, String code, ParamErrors paramErrors,
                          Map<String, Function<AliyunCall, Object>> actions) {
        this.version = version;
        this.code = code;
        this.paramErrors = paramErrors;
        this.actions = Map.copyOf(actions);
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
