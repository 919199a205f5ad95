package dev.xacct.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as policies see it: caller, action, resource ARN and condition keys.
 * Condition key names are case-insensitive (IAM), so they are stored lower-cased.
 */
public record RequestContext(Caller caller, String action, String resource, Map<String, ContextValue> keys) {

    public RequestContext {
        Map<String, ContextValue> m = new LinkedHashMap<>();
        keys.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v));
        keys = Map.copyOf(m);
    }

    public ContextValue get(String key) {
        return keys.getOrDefault(key.toLowerCase(Locale.ROOT), ContextValue.ABSENT);
    }

    public RequestContext with(String action, String resource) {
        return new RequestContext(caller, action, resource, keys);
    }

    public RequestContext withKey(String key, ContextValue value) {
        Map<String, ContextValue> m = new LinkedHashMap<>(keys);
        m.put(key.toLowerCase(Locale.ROOT), value);
        return new RequestContext(caller, action, resource, m);
    }

    /**
     * Builds a context with the global keys IAM derives from the caller (aws:PrincipalArn,
     * aws:PrincipalAccount, aws:username, aws:PrincipalType, aws:PrincipalIsAWSService,
     * aws:SecureTransport defaulting to true, aws:ResourceAccount, aws:PrincipalOrgID,
     * aws:ResourceOrgID). Keys in {@code given} win over derived ones.
     */
    public static RequestContext derive(
            Caller caller,
            String action,
            String resource,
            ContextValue resourceAccount,
            ContextValue principalOrgId,
            ContextValue resourceOrgId,
            Map<String, ContextValue> given) {
        Map<String, ContextValue> k = new LinkedHashMap<>();
        if (!caller.isAnonymous() && !caller.isService()) {
            k.put("aws:PrincipalArn", ContextValue.of(caller.principalArn()));
            k.put("aws:PrincipalAccount", ContextValue.of(caller.account()));
            k.put("aws:PrincipalIsAWSService", ContextValue.of("false"));
            k.put(
                    "aws:PrincipalType",
                    ContextValue.of(
                            switch (caller.kind()) {
                                case ROOT -> "Account";
                                case USER -> "User";
                                case FEDERATED -> "FederatedUser";
                                default -> "AssumedRole";
                            }));
            if (caller.kind() == Caller.Kind.USER) k.put("aws:username", ContextValue.of(caller.name()));
            k.put("aws:PrincipalOrgID", principalOrgId);
        } else if (caller.isService()) {
            k.put("aws:PrincipalServiceName", ContextValue.of(caller.arn()));
            k.put("aws:PrincipalIsAWSService", ContextValue.of("true"));
        } else {
            k.put("aws:userid", ContextValue.of("anonymous"));
            k.put("aws:PrincipalType", ContextValue.of("Anonymous"));
        }
        k.put("aws:SecureTransport", ContextValue.of("true"));
        k.put("aws:ResourceAccount", resourceAccount);
        k.put("aws:ResourceOrgID", resourceOrgId);
        given.forEach(k::put);
        return new RequestContext(caller, action, resource, k);
    }

    public static Map<String, ContextValue> values(Map<String, List<String>> raw) {
        Map<String, ContextValue> m = new LinkedHashMap<>();
        raw.forEach((key, v) -> m.put(key, ContextValue.of(v)));
        return m;
    }
}
