package dev.xacct.policy.simulate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xacct.aws.AccountId;
import dev.xacct.aws.Arns;
import dev.xacct.policy.Caller;
import dev.xacct.policy.ContextValue;
import dev.xacct.policy.InputFormatException;
import dev.xacct.policy.JsonField;
import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicySet;
import dev.xacct.policy.RequestContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code xacct.policy-request/v1} (formats.md §3). Absent or null policy fields mean
 * that type does not apply. {@code request.resourceAccount} may be omitted when the resource
 * ARN carries its account (S3 ARNs do not). Every error names the file and the field path.
 */
public final class PolicyRequestReader {

    private PolicyRequestReader() {}

    public static PolicyRequest read(Path file) {
        return read(JsonField.read(file));
    }

    public static PolicyRequest read(String json, String fileName) {
        return read(JsonField.parse(json, fileName));
    }

    private static PolicyRequest read(JsonField top) {
        String fileName = top.file();
        top.requireObject();
        String schema = top.get("schema").text();
        if (!schema.equals(PolicyRequest.SCHEMA)) throw top.get("schema").error("\"" + PolicyRequest.SCHEMA + "\"");

        JsonField r = top.get("request");
        r.requireObject();
        Caller caller;
        JsonField principal = r.get("principal");
        try {
            caller = Caller.fromArn(principal.text());
        } catch (IllegalArgumentException e) {
            throw new InputFormatException(fileName, principal.path(), e.getMessage());
        }
        String action = r.get("action").text();
        if (!action.contains(":")) throw r.get("action").error("an action like s3:GetObject");
        String resource = r.get("resource").text();
        Map<String, ContextValue> keys = new LinkedHashMap<>();
        JsonField ctx = r.get("context");
        if (!ctx.missing() && !ctx.isNull()) ctx.fields().forEach((k, v) -> keys.put(k, contextValue(v)));

        checkStorable(top);
        PolicyDocument resourcePolicy = single(top.get("resourcePolicy"));
        String resourceAccount = r.get("resourceAccount").optText();
        if (resourceAccount == null) resourceAccount = Arns.accountId(resource).orElse(null);
        if (resourceAccount == null && resourcePolicy != null) {
            throw r.get("resourceAccount")
                    .error("the 12-digit account that owns the resource (needed with a resourcePolicy)");
        }
        if (resourceAccount != null && !AccountId.isValid(resourceAccount))
            throw r.get("resourceAccount").error("a 12-digit account id");

        ContextValue principalOrg = keys.getOrDefault("aws:PrincipalOrgID", ContextValue.ABSENT);
        ContextValue resourceOrg = keys.getOrDefault("aws:ResourceOrgID", ContextValue.ABSENT);
        RequestContext context = RequestContext.derive(
                caller,
                action,
                resource,
                resourceAccount == null ? ContextValue.ABSENT : ContextValue.of(resourceAccount),
                principalOrg,
                resourceOrg,
                keys);
        PolicySet set = new PolicySet(
                list(top.get("identityPolicies")),
                resourcePolicy,
                list(top.get("permissionsBoundaries")),
                single(top.get("sessionPolicy")),
                chain(top.get("serviceControlPolicies")),
                chain(top.get("resourceControlPolicies")),
                list(top.get("vpcEndpointPolicies")));
        return new PolicyRequest(context, resourceAccount, set);
    }

    /** Every policy of the file must be one AWS would store. */
    private static void checkStorable(JsonField top) {
        StoredPolicyRules.check(top.get("resourcePolicy"), StoredPolicyRules.Kind.RESOURCE);
        StoredPolicyRules.check(top.get("sessionPolicy"), StoredPolicyRules.Kind.IDENTITY);
        for (String list : new String[] {"identityPolicies", "permissionsBoundaries"}) {
            JsonField l = top.get(list);
            if (l.node() != null && l.node().isArray())
                l.elements().forEach(p -> StoredPolicyRules.check(p, StoredPolicyRules.Kind.IDENTITY));
        }
        JsonField v = top.get("vpcEndpointPolicies");
        if (v.node() != null && v.node().isArray())
            v.elements().forEach(p -> StoredPolicyRules.check(p, StoredPolicyRules.Kind.OTHER_RESOURCE));
        for (String chain : new String[] {"serviceControlPolicies", "resourceControlPolicies"}) {
            JsonField c = top.get(chain);
            if (c.node() == null || !c.node().isArray()) continue;
            for (JsonField level : c.elements()) {
                JsonField ps = level.get("policies");
                if (ps.node() == null || !ps.node().isArray()) continue;
                StoredPolicyRules.Kind k = chain.startsWith("service")
                        ? StoredPolicyRules.Kind.IDENTITY
                        : StoredPolicyRules.Kind.OTHER_RESOURCE;
                ps.elements().forEach(p -> StoredPolicyRules.check(p, k));
            }
        }
    }

    private static ContextValue contextValue(JsonField v) {
        JsonNode n = v.node();
        if (n.isArray()) return ContextValue.of(v.list(PolicyRequestReader::scalar));
        return ContextValue.of(scalar(v));
    }

    private static String scalar(JsonField v) {
        JsonNode n = v.node();
        if (n != null && (n.isTextual() || n.isBoolean() || n.isNumber())) return n.asText();
        throw v.error("a string, number or boolean (or an array of them)");
    }

    private static PolicyDocument single(JsonField f) {
        return f.missing() || f.isNull() ? null : f.policy();
    }

    private static List<PolicyDocument> list(JsonField f) {
        return f.missing() || f.isNull() ? List.of() : f.list(JsonField::policy);
    }

    private static List<OrgPolicyLevel> chain(JsonField f) {
        return f.missing() || f.isNull() ? null : f.orgPolicyLevels();
    }
}
