package io.imageshare.auth;

import io.imageshare.auth.policy.Policies;
import io.imageshare.auth.policy.Policy;
import io.imageshare.auth.policy.PolicyException;
import io.imageshare.core.Cloud;
import io.imageshare.core.NamedPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Reads a policy document in its cloud's syntax: RAM for Alibaba, CAM for Tencent. */
public final class PolicyDocuments {
    private PolicyDocuments() {
    }

    /** @throws IllegalArgumentException naming what is wrong with the document */
    public static Policy parse(Cloud cloud, String document) {
        try {
            return cloud == Cloud.TENCENT ? Policies.parseCam(document) : Policies.parseRam(document);
        } catch (PolicyException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The document under a name drawn from its text, for policies that come without one (the seed
     * file's): the same text always gets the same name, so loading a seed twice attaches it once.
     */
    public static NamedPolicy named(String document) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
            return new NamedPolicy("seed-" + HexFormat.of().formatHex(digest, 0, 8), document);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
