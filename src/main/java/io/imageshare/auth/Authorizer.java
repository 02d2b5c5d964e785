package io.imageshare.auth;

import io.imageshare.auth.policy.AccessRequest;
import io.imageshare.auth.policy.Decision;
import io.imageshare.auth.policy.Policies;
import io.imageshare.auth.policy.Policy;
import io.imageshare.core.Caller;
import io.imageshare.core.Cloud;
import io.imageshare.core.NamedPolicy;
import io.imageshare.core.Principal;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides whether a verified caller may do one action on some resources: an account's root
 * principal may do anything within its account; a sub-user what its policies allow (an explicit
 * Deny wins, no Allow means no). Ownership is not decided here: the core refuses another account's
 * images whatever a policy says, and the resources asked about always name the caller's account.
 */
public final class Authorizer {
    private static final Logger LOG = LoggerFactory.getLogger(Authorizer.class);
    /** Parsed documents, by text; cleared when it grows past this (documents change rarely). */
    private static final int PARSED_LIMIT = 4096;
    /** Stands for a stored document that no longer parses: refuse rather than guess. */
    private static final Policy UNREADABLE = request -> Decision.EXPLICIT_DENY;

    private final InstantSource clock;
    private final Map<String, Policy> parsed = new ConcurrentHashMap<>();

    public Authorizer(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * Null when the call may go ahead, else why not. A sub-user's policies come with the caller: they
     * were read with its key (AccountService.findKey).
     *
     * @param action    the RAM or CAM action, e.g. {@code ecs:ModifyImageSharePermission}
     * @param resources the ARNs the call touches, in the caller's account; at least one
     * @param facts     what conditions may test about the request
     */
    public Denial check(Caller caller, String action, List<String> resources, RequestFacts facts) {
        if (caller.isRoot()) {
            return null;
        }
        Principal principal = caller.principal();
        if (principal == null) {
            // The user was removed after its key was read: nothing grants it anything now.
            return new Denial(caller, false, null, action, resources.get(0));
        }
        List<Policy> policies = new ArrayList<>();
        for (NamedPolicy p : principal.policies()) {
            policies.add(parsed(caller.account().cloud(), p));
        }
        Map<String, String> context = context(caller.account().cloud(), facts);
        Decision decision = Policies.decide(policies, new AccessRequest(action, resources, context));
        if (decision == Decision.ALLOW) {
            return null;
        }
        return new Denial(caller, decision == Decision.EXPLICIT_DENY, principal.user().uid(), action,
                firstRefused(policies, action, resources, context));
    }

    private Policy parsed(Cloud cloud, NamedPolicy policy) {
        Policy p = parsed.get(policy.document());
        if (p != null) {
            return p;
        }
        try {
            p = PolicyDocuments.parse(cloud, policy.document());
        } catch (IllegalArgumentException e) {
            LOG.warn("policy {} does not parse any more ({}); refusing its user's requests", policy.name(),
                    e.getMessage());
            p = UNREADABLE;
        }
        if (parsed.size() >= PARSED_LIMIT) {
            parsed.clear();
        }
        parsed.put(policy.document(), p);
        return p;
    }

    /** The condition keys each cloud defines, lower case (the policy engine's convention). */
    private Map<String, String> context(Cloud cloud, RequestFacts facts) {
        Map<String, String> context = new HashMap<>();
        String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        String ip = address(facts.sourceIp());
        if (cloud == Cloud.TENCENT) {
            putIfKnown(context, "qcs:ip", ip);
            context.put("qcs:current_time", now);
            if (facts.region() != null) {
                context.put(facts.service() + ":region", facts.region());
            }
        } else {
            putIfKnown(context, "acs:sourceip", ip);
            context.put("acs:securetransport", Boolean.toString(facts.secureTransport()));
            context.put("acs:currenttime", now);
        }
        return context;
    }

    /** A peer address as an IP literal: without the brackets or the zone an IPv6 peer may come with. */
    static String address(String peer) {
        if (peer == null || peer.isEmpty()) {
            return null;
        }
        String a = peer.startsWith("[") && peer.endsWith("]") ? peer.substring(1, peer.length() - 1) : peer;
        int zone = a.indexOf('%');
        return zone < 0 ? a : a.substring(0, zone);
    }

    /** An unknown value is left out: a condition on it then sees an absent key, never a null. */
    private static void putIfKnown(Map<String, String> context, String key, String value) {
        if (value != null) {
            context.put(key, value);
        }
    }

    private static String firstRefused(List<Policy> policies, String action, List<String> resources,
                                       Map<String, String> context) {
        for (String resource : resources) {
            if (Policies.decide(policies, new AccessRequest(action, List.of(resource), context)) != Decision.ALLOW) {
                return resource;
            }
        }
        return resources.get(0); // refused as a whole, though each alone was allowed: cannot happen, named anyway
    }
}
