package dev.xacct.s3.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.policy.Caller;
import dev.xacct.policy.Effect;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.s3.evidence.KmsEvidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Real AWS CLI commands for a remedy, with the request's bucket, key, accounts and roles
 * filled in. Policies are the user's own documents edited minimally; names xacct has to
 * invent (a role to create, a key alias) say so in the title.
 */
final class RemedyCommands {
    private final Situation s;
    private final CallerLayers l;
    private final Denial d;

    RemedyCommands(Situation s, CallerLayers l, Denial d) {
        this.s = s;
        this.l = l;
        this.d = d;
    }

    Remedy remedy(RemedyCatalogue id) {
        String b = s.bucketName();
        String owner = s.bucketOwner() == null ? "the bucket owner" : s.bucketOwner();
        String caller = s.callerAccount() == null ? "the caller" : s.callerAccount();
        return switch (id) {
            case R1 ->
                new Remedy(
                        id.name(),
                        id.title(),
                        owner,
                        List.of(
                                "aws s3api put-bucket-acl --bucket " + b + " --acl private",
                                "aws s3api put-bucket-ownership-controls --bucket " + b
                                        + " --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'"));
            case R2 -> grantByName(id, owner, caller);
            case R3 -> copyInPlace(id, owner);
            case R4 ->
                new Remedy(
                        id.name(),
                        id.title(),
                        owner,
                        List.of("aws s3api put-bucket-ownership-controls --bucket " + b
                                + " --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerPreferred}]'"));
            case R5 -> {
                String role = "arn:aws:iam::" + owner + ":role/S3ReaderFrom" + caller;
                yield new Remedy(
                        id.name(),
                        id.title() + " (role name suggested: " + role + "; account " + owner + " creates it trusting "
                                + caller + " and allowing " + s.op().action() + ")",
                        caller,
                        List.of(
                                "aws sts assume-role --role-arn " + role + " --role-session-name xacct-read",
                                "aws s3api " + cli(s.op().name()) + " --bucket " + b + keyArg()
                                        + (s.op().name().equals("GetObject") ? " /tmp/xacct-object" : "")));
            }
            case R6 -> writerAcl(id, caller);
            case R7 -> kmsKey(id, owner, caller);
            case R8 -> exemptNetworkDeny(id, owner, caller);
            case R9 -> {
                ObjectNode st = PolicyEdits.allow(
                        "DelegateToAccessPoints",
                        "*",
                        new String[] {"*"},
                        "arn:aws:s3:::" + b,
                        "arn:aws:s3:::" + b + "/*");
                st.putObject("Condition").putObject("StringEquals").put("s3:DataAccessPointAccount", owner);
                yield new Remedy(
                        id.name(),
                        id.title(),
                        owner,
                        List.of("aws s3api put-bucket-policy --bucket " + b + " --policy "
                                + PolicyEdits.shellArg(PolicyEdits.withStatement(
                                        s.ev().bucket().policy().orNull(), st))));
            }
            case R10 -> guardrail(id, owner, caller);
        };
    }

    private String keyArg() {
        return s.key() == null ? "" : " --key '" + s.key() + "'";
    }

    private String objectArn() {
        return "arn:aws:s3:::" + s.bucketName() + (s.key() == null ? "" : "/" + s.key());
    }

    private Remedy grantByName(RemedyCatalogue id, String owner, String caller) {
        String b = s.bucketName();
        boolean callerSide = switch (d.rootCause()) {
            case NO_IDENTITY_ALLOW, KMS_IDENTITY_NO_ALLOW, OBJECT_MISSING_NO_LIST -> true;
            default -> false;
        };
        if (callerSide) {
            ArrayNode actions = PolicyEdits.object().arrayNode();
            List<String> resources = new ArrayList<>(List.of("arn:aws:s3:::" + b, "arn:aws:s3:::" + b + "/*"));
            actions.add(s.op().action());
            if (!s.op().action().equals("s3:ListBucket")) actions.add("s3:ListBucket");
            if (d.rootCause() == RootCause.KMS_IDENTITY_NO_ALLOW) {
                actions.add("kms:Decrypt");
                KmsEvidence k = s.ev().kms().orNull();
                if (k != null && k.keyArn().orNull() != null)
                    resources.add(k.keyArn().orNull());
            }
            ObjectNode policy = PolicyEdits.object();
            policy.put("Version", "2012-10-17");
            ObjectNode st = policy.putArray("Statement").addObject();
            st.put("Sid", "XacctReadFrom" + (s.bucketOwner() == null ? "Bucket" : s.bucketOwner()));
            st.put("Effect", "Allow");
            st.set("Action", actions);
            ArrayNode r = st.putArray("Resource");
            resources.forEach(r::add);
            Caller c = s.caller();
            String put = c.kind() == Caller.Kind.USER
                    ? "aws iam put-user-policy --user-name " + c.name()
                    : "aws iam put-role-policy --role-name " + c.name();
            return new Remedy(
                    id.name(),
                    id.title() + " (missing here: the caller's identity Allow)",
                    caller,
                    List.of(put + " --policy-name xacct-" + b + " --policy-document " + PolicyEdits.shellArg(policy)));
        }
        PolicyDocument current = s.ev().bucket().policy().orNull();
        ObjectNode policy = PolicyEdits.withoutPublicStatements(current);
        boolean named = false;
        for (JsonNode st : policy.get("Statement")) {
            JsonNode p = st.path("Principal").path("AWS");
            String want = "arn:aws:iam::" + caller + ":root";
            if (p.asText().equals(want)
                    || p.asText().equals(s.caller().principalArn())
                    || (p.isArray() && p.toString().contains(want))) named = true;
        }
        if (!named) {
            policy = PolicyEdits.withStatement(
                    PolicyEdits.policyOf(policy),
                    PolicyEdits.allow(
                            "XacctReadFrom" + caller,
                            "arn:aws:iam::" + caller + ":root",
                            new String[] {s.op().action()},
                            objectArn()));
        }
        return new Remedy(
                id.name(),
                id.title() + " (missing here: the bucket side; public statements removed)",
                owner,
                List.of("aws s3api put-bucket-policy --bucket " + b + " --policy " + PolicyEdits.shellArg(policy)));
    }

    private Remedy copyInPlace(RemedyCatalogue id, String owner) {
        String b = s.bucketName();
        String title =
                id.title() + " (REPLACE resets user metadata and Content-Type: add --content-type if it matters)";
        String objOwner = RemedyPlanner.objectOwnerAccount(s);
        boolean ownerCanRead = s.ev().object().orNull() != null
                && s.ev().object().orNull().acl().orNull() != null
                && s.ev().object().orNull().acl().orNull().grants().stream()
                        .anyMatch(g -> g.grantee().id() != null
                                && g.grantee()
                                        .id()
                                        .equals(s.ev().bucket()
                                                .ownerCanonicalId()
                                                .orNull())
                                && (g.permission().equals("READ")
                                        || g.permission().equals("FULL_CONTROL")));
        if (!ownerCanRead && objOwner != null) {
            title += "; first the object's owner " + objOwner + " must run: aws s3api put-object-acl --bucket " + b
                    + keyArg() + " --acl bucket-owner-full-control";
        }
        return new Remedy(
                id.name(),
                title,
                owner,
                List.of("aws s3api copy-object --bucket " + b + keyArg() + " --copy-source '" + b + "/" + s.key()
                        + "' --metadata-directive REPLACE --metadata xacct-owner-fix=true"));
    }

    private Remedy writerAcl(RemedyCatalogue id, String caller) {
        String b = s.bucketName();
        String objOwner = RemedyPlanner.objectOwnerAccount(s);
        if (s.op().scope() == S3Operation.Scope.EXISTING_OBJECT && objOwner != null) {
            return new Remedy(
                    id.name(),
                    id.title(),
                    objOwner,
                    List.of(
                            "aws s3api put-object-acl --bucket " + b + keyArg() + " --acl bucket-owner-full-control",
                            "aws s3 cp FILE s3://" + b + "/" + s.key() + " --acl bucket-owner-full-control"));
        }
        boolean enforced =
                s.ev().bucket().objectOwnership().orNull() == dev.xacct.s3.evidence.ObjectOwnership.BucketOwnerEnforced;
        return new Remedy(
                id.name(),
                id.title(),
                caller,
                List.of("aws s3api put-object --bucket " + b + keyArg() + " --body FILE"
                        + (enforced ? "" : " --acl bucket-owner-full-control")));
    }

    private Remedy kmsKey(RemedyCatalogue id, String owner, String caller) {
        KmsEvidence k = s.ev().kms().orNull();
        String keyAccount = k == null ? owner : k.keyAccount().orElse(owner);
        String keyArn = k == null ? "KEY_ARN" : k.keyArn().orElse("KEY_ARN");
        ObjectNode grant = PolicyEdits.allow(
                "AllowDecryptFrom" + caller,
                "arn:aws:iam::" + caller + ":root",
                new String[] {"kms:Decrypt", "kms:DescribeKey"},
                "*");
        if (d.rootCause() == RootCause.KMS_KEY_POLICY_NO_ALLOW && k != null) {
            return new Remedy(
                    id.name(),
                    id.title(),
                    keyAccount,
                    List.of("aws kms put-key-policy --key-id " + keyArn + " --policy-name default --policy "
                            + PolicyEdits.shellArg(
                                    PolicyEdits.withStatement(k.keyPolicy().orNull(), grant))));
        }
        String b = s.bucketName();
        return new Remedy(
                id.name(),
                id.title() + " (the AWS managed key aws/s3 cannot be shared; re-encrypt with a new key)",
                owner,
                List.of(
                        "aws kms create-key --description 'S3 " + b + " shared with " + caller
                                + "' --query KeyMetadata.KeyId --output text",
                        "aws kms put-key-policy --key-id NEW_KEY_ID --policy-name default --policy "
                                + PolicyEdits.shellArg(PolicyEdits.withStatement(
                                        PolicyEdits.policyOf(PolicyEdits.withStatement(null, grantRoot(owner))),
                                        grant)),
                        "aws s3api put-bucket-encryption --bucket " + b + " --server-side-encryption-configuration "
                                + "'{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"aws:kms\",\"KMSMasterKeyID\":\"NEW_KEY_ID\"},\"BucketKeyEnabled\":true}]}'",
                        "aws s3 cp s3://" + b + "/" + (s.key() == null ? "" : s.key()) + " s3://" + b + "/"
                                + (s.key() == null ? "" : s.key()) + " --sse aws:kms --sse-kms-key-id NEW_KEY_ID"));
    }

    private static ObjectNode grantRoot(String account) {
        return PolicyEdits.allow(
                "EnableIAMUserPermissions", "arn:aws:iam::" + account + ":root", new String[] {"kms:*"}, "*");
    }

    private Remedy exemptNetworkDeny(RemedyCatalogue id, String owner, String caller) {
        PolicyDocument current = s.ev().bucket().policy().orNull();
        ObjectNode policy = PolicyEdits.copyOrEmpty(current);
        List<dev.xacct.policy.Statement> denies = RemedyPlanner.denyingStatements(s);
        boolean athena = s.bucket().get("aws:CalledVia") instanceof dev.xacct.policy.ContextValue.Present p
                && p.values().contains("athena.amazonaws.com");
        int i = 0;
        for (JsonNode st : policy.get("Statement")) {
            dev.xacct.policy.Statement parsed = current.statements().get(i++);
            if (parsed.effect() != Effect.DENY || !denies.contains(parsed)) continue;
            ObjectNode cond =
                    st.has("Condition") ? (ObjectNode) st.get("Condition") : ((ObjectNode) st).putObject("Condition");
            if (athena) {
                cond.putObject("ForAllValues:StringNotEquals")
                        .putArray("aws:CalledVia")
                        .add("athena.amazonaws.com");
            } else {
                cond.putObject("StringNotEquals")
                        .putArray("aws:PrincipalAccount")
                        .add(caller);
            }
        }
        return new Remedy(
                id.name(),
                id.title() + (athena ? " (exempting requests made via Athena)" : " (exempting account " + caller + ")"),
                owner,
                List.of("aws s3api put-bucket-policy --bucket " + s.bucketName() + " --policy "
                        + PolicyEdits.shellArg(policy)));
    }

    private Remedy guardrail(RemedyCatalogue id, String owner, String caller) {
        String b = s.bucketName();
        return switch (d.rootCause()) {
            case REQUESTER_PAYS_NOT_ACKNOWLEDGED ->
                new Remedy(
                        id.name(),
                        "Acknowledge Requester Pays: send x-amz-request-payer: requester (the caller's account pays)",
                        caller,
                        List.of("aws s3api " + cli(s.op().name()) + " --bucket " + b + keyArg()
                                + " --request-payer requester"
                                + (s.op().name().equals("GetObject") ? " /tmp/xacct-object" : "")));
            case RCP_DENY ->
                new Remedy(
                        id.name(),
                        "Exempt the caller from the resource control policy Deny of the bucket owner's organization",
                        "management account of " + s.ev().bucket().orgId().orElse("the bucket's organization"),
                        List.of(
                                "aws organizations list-policies-for-target --target-id " + owner
                                        + " --filter RESOURCE_CONTROL_POLICY",
                                "aws organizations update-policy --policy-id POLICY_ID --content file://rcp-with-exception.json"));
            default ->
                new Remedy(
                        id.name(),
                        "Exempt this bucket from the service control policy that refuses the caller"
                                + (l.scp().denies().isEmpty()
                                        ? ""
                                        : " (" + l.scp().denyingStatements() + ")"),
                        "management account of " + s.ev().caller().orgId().orElse("the caller's organization"),
                        List.of(
                                "aws organizations list-policies-for-target --target-id " + caller
                                        + " --filter SERVICE_CONTROL_POLICY",
                                "aws organizations update-policy --policy-id POLICY_ID --content file://scp-with-exception.json"));
        };
    }

    /** The CLI verb of an S3 API name: GetObject → get-object. */
    static String cli(String operation) {
        return operation.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
