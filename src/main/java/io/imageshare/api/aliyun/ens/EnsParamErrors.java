package io.imageshare.api.aliyun.ens;

import io.imageshare.api.aliyun.AliyunException;
import io.imageshare.api.aliyun.ParamErrors;
import java.util.regex.Pattern;

/**
 * How ENS names parameter errors: {@code MissingParameter} (without the name, as documented) and
 * {@code InvalidParameter.<Field>}. A name that is not a plain parameter name (it came from the
 * request) never becomes part of an error code: the generic {@code InvalidParameter} answers then.
 */
final class EnsParamErrors implements ParamErrors {
    static final EnsParamErrors INSTANCE = new EnsParamErrors();
    private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9.]{0,63}");

    private EnsParamErrors() {
    }

    @Override
    public AliyunException missing(String name) {
        return AliyunException.of(EnsError.MISSING_PARAMETER);
    }

    @Override
    public AliyunException invalid(String name) {
        if (!FIELD.matcher(name).matches()) {
            return AliyunException.of(EnsError.INVALID_PARAMETER, "a parameter name that is not valid");
        }
        return AliyunException.of(new EnsInvalidField(name), name);
    }
}
