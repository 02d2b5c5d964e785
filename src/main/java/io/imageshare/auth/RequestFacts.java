package io.imageshare.auth;

/**
 * What a policy condition may test about a request besides its action and resources.
 *
 * @param sourceIp        the connection's peer address (never a forwarded-for header: a client could write that)
 * @param secureTransport whether the request came over TLS; ImageShare serves plain HTTP, so false
 * @param service         the policy service code, e.g. {@code cvm}, which names the region key {@code cvm:region}
 * @param region          the request's region, or null for products without regions
 */
public record RequestFacts(String sourceIp, boolean secureTransport, String service, String region) {
}
