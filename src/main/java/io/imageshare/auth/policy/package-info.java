/**
 * Identity-policy engine for Alibaba Cloud RAM ({@code "Version": "1"}) and Tencent Cloud CAM
 * ({@code "version": "2.0"}) policies: parse a document once with {@link io.imageshare.auth.policy.Policies#parseRam}
 * or {@link io.imageshare.auth.policy.Policies#parseCam}, then answer {@link io.imageshare.auth.policy.AccessRequest}s
 * on every request with {@link io.imageshare.auth.policy.Policy#evaluate} or, for all of a principal's policies,
 * {@link io.imageshare.auth.policy.Policies#decide}.
 *
 * <h2>Decision</h2>
 * Per statement and per resource: a statement applies when its action matches (Action lists it, NotAction does
 * not), all its conditions hold, and it covers the resource (Resource lists it, NotResource does not). A Deny that
 * applies to any resource makes the request EXPLICIT_DENY; otherwise it is ALLOW only if every resource is covered
 * by some applicable Allow, possibly of different statements or policies; otherwise IMPLICIT_DENY. A request names
 * at least one resource.
 *
 * <h2>Supported</h2>
 * <ul>
 * <li>RAM: {@code Version}, {@code Statement}; {@code Effect} (Allow | Deny), {@code Action} / {@code NotAction},
 * {@code Resource} / {@code NotResource}, {@code Condition}. Element names, operator names and Effect values are
 * case-sensitive.</li>
 * <li>CAM: {@code version}, {@code statement}; {@code effect} (allow | deny), {@code action}, {@code resource},
 * {@code condition}. Actions are {@code "*"} or {@code name/<service>:<pattern>}; the bare
 * {@code <service>:<pattern>} form that Tencent's own examples use is accepted too.</li>
 * <li>Actions: globs ({@code *} any run, {@code ?} one character), case-insensitive, over the whole
 * {@code service:Action} name.</li>
 * <li>Resources: {@code "*"}, or {@code acs:<service>:<region>:<account>:<relative-id>} /
 * {@code qcs:<project>:<service>:<region>:<account>:<resource>}, matched segment by segment with case-sensitive
 * globs so that a wildcard never crosses a colon into the next segment (the last segment takes the rest of the
 * ARN and may contain colons). Empty segments are fine (ENS: {@code acs:ens::123:image/*}). A request resource of
 * {@code "*"} is matched only by the pattern {@code "*"}.</li>
 * <li>Conditions: all RAM operators (String[Not]Equals[IgnoreCase], String[Not]Like, Numeric*, Date*, Bool,
 * [Not]IpAddress) and their CAM names (string_*, numeric_*, date_*, bool_equal, ip_equal, ip_not_equal, plus
 * string_like / string_not_like), each CAM one optionally with {@code _if_exist}. Keys in a block are ANDed,
 * operators are ANDed, several values of one key are ORed; a negated operator holds only if the context value
 * matches none of them. An absent key makes positive operators false and negated ones true, and every
 * {@code _if_exist} operator true. Keys are compared in lower case.</li>
 * <li>Values: strings, numbers and booleans (taken as text). Numbers compare as {@link java.math.BigDecimal};
 * dates are ISO-8601 with offset or Z and compare as instants (CAM also takes a date-time without offset, with
 * {@code T} or a space, as UTC, as in Tencent's examples); Bool is true/false in any case; IP values are IPv4 or
 * IPv6 literals or CIDR blocks (host bits below the prefix are ignored), parsed without DNS. An IPv4-mapped IPv6
 * context address ({@code ::ffff:a.b.c.d}) counts as the IPv4 address. A context value that is not a number, date,
 * boolean or address matches no value.</li>
 * </ul>
 *
 * <h2>Not supported (refused with a {@link io.imageshare.auth.policy.PolicyException}, never ignored)</h2>
 * <ul>
 * <li>{@code Principal} / {@code principal} (resource-based and trust policies), {@code Sid}, and any other
 * element.</li>
 * <li>CAM permission-ID sets ({@code permid/...}) and any action prefix other than {@code name/}.</li>
 * <li>CAM {@code for_any_value:} / {@code for_all_value:} qualifiers, {@code null_equal}, {@code binary_equal}:
 * they are about multi-valued or absent keys, and refusing is safer than a guess at their meaning.</li>
 * <li>Tag condition keys (RAM {@code acs:ResourceTag/...}, {@code acs:RequestTag/...}, {@code acs:TagKeys}; CAM
 * {@code qcs:resource_tag}, {@code qcs:request_tag}): requests carry no tags, and a tag-scoped Deny would otherwise
 * silently never apply.</li>
 * <li>Policy variables ({@code ${...}}) in resources.</li>
 * <li>Unknown operators, empty value arrays, unparseable numbers, dates, booleans or addresses, malformed ARNs,
 * duplicate JSON names, trailing text after the document.</li>
 * </ul>
 * Not modelled: multi-valued context keys (each key has one value); service-specific meanings of ARNs (a pattern
 * is matched as text, segment by segment); RAM's and CAM's limits on document size and statement counts. Any other
 * condition key parses and is looked up in the request context like the documented ones; a key the caller does not
 * supply counts as absent.
 */
package io.imageshare.auth.policy;
