package io.imageshare.api.aliyun;

/** How one product names a missing or invalid parameter (ECS and ENS differ). */
public interface ParamErrors {
    AliyunException missing(String name);

    AliyunException invalid(String name);

    /** ECS and SWAS: {@code MissingParameter} and {@code InvalidParameter} with the name in the message. */
    ParamErrors STANDARD = new ParamErrors() {
        @Override
        public AliyunException missing(String name) {
            return AliyunException.of(AliyunCommonError.MISSING_PARAMETER, name);
        }

        @Override
        public AliyunException invalid(String name) {
            return AliyunException.of(AliyunCommonError.INVALID_PARAMETER, name);
        }
    };
}
