package dev.xacct.s3.authz;

import static dev.xacct.s3.authz.EvidenceJson.at;
import static dev.xacct.s3.authz.EvidenceJson.shellArg;

import dev.xacct.policy.Caller;
import dev.xacct.s3.evidence.PolicyRef;
import java.util.List;

/**
 * The command that stores an edited policy where it lives in AWS, run by the account that owns
 * it: {@code put-bucket-policy}, {@code put-key-policy}, {@code put-role-policy} (or
 * {@code create-policy-version} for a managed policy), {@code modify-vpc-endpoint},
 * {@code organizations update-policy}. Names come from the evidence's {@code policyRefs}; a name
 * the evidence lacks is an upper-case placeholder, and the draft notes how to find it.
 */
final class PolicyPuts {
    private PolicyPuts() {}

    /** Registers the command that stores the policy at {@code label} (an engine label) after the remedy's edits. */
    static void register(RemedyDraft d, EvidenceSide side, String label) {
        Situation s = side.situation();
        String place = PolicyNames.place(label);
        String pointer = EvidenceJson.pointer(place, side);
        String key = "put:" + pointer;
        PolicyRef ref = s.names().ref(label);
        if (place.equals("bucket.policy")) {
            d.command(
                    key,
                    RemedyText.owner(s),
                    doc -> List.of("aws s3api put-bucket-policy --bucket " + s.bucketName() + " --policy "
                            + shellArg(at(doc, pointer))));
        } else if (place.equals("bucket.accessPointPolicy")) {
            String ap = s.ev().request().accessPoint();
            String name = ap == null ? "ACCESS_POINT" : ap.substring(ap.lastIndexOf('/') + 1);
            d.command(
                    key,
                    RemedyText.owner(s),
                    doc -> List.of("aws s3control put-access-point-policy --account-id " + RemedyText.owner(s)
                            + " --name " + name + " --policy " + shellArg(at(doc, pointer))));
        } else if (place.equals("kms.keyPolicy")) {
            var k = s.ev().kms().orNull();
            String arn = k == null ? "KEY_ARN" : k.keyArn().orElse("KEY_ARN");
            String account = k == null ? "the key's account" : k.keyAccount().orElse("the key's account");
            d.command(
                    key,
                    account,
                    doc -> List.of("aws kms put-key-policy --key-id " + arn + " --policy-name default --policy "
                            + shellArg(at(doc, pointer))));
        } else if (place.startsWith("caller.identityPolicies")) {
            d.command(key, RemedyText.caller(s), doc -> List.of(identity(s, ref, d) + shellArg(at(doc, pointer))));
        } else if (place.equals("caller.permissionsBoundary")) {
            String arn = ref != null && ref.arn() != null ? ref.arn() : boundaryPlaceholder(s, d);
            d.command(
                    key,
                    RemedyText.caller(s),
                    doc -> List.of("aws iam create-policy-version --policy-arn " + arn
                            + " --set-as-default --policy-document " + shellArg(at(doc, pointer))));
        } else if (place.equals("caller.vpcEndpointPolicy")) {
            var vpce = s.ev().request().context().get("aws:SourceVpce");
            String id = vpce == null || vpce.isEmpty() ? "VPCE_ID" : vpce.get(0);
            d.command(
                    key,
                    RemedyText.caller(s),
                    doc -> List.of("aws ec2 modify-vpc-endpoint --vpc-endpoint-id " + id + " --policy-document "
                            + shellArg(at(doc, pointer))));
        } else if (place.startsWith("caller.serviceControlPolicies")
                || place.startsWith("bucket.resourceControlPolicies")) {
            boolean scp = place.startsWith("caller.");
            String id = ref != null && ref.id() != null ? ref.id() : "POLICY_ID";
            if (id.equals("POLICY_ID")) {
                d.note("find the policy id with: aws organizations list-policies-for-target --target-id "
                        + (scp ? RemedyText.caller(s) : RemedyText.owner(s)) + " --filter "
                        + (scp ? "SERVICE_CONTROL_POLICY" : "RESOURCE_CONTROL_POLICY")
                        + " (and for each parent OU up to the root)");
            }
            String runAs = scp
                    ? RemedyText.management(s.ev().caller().orgId(), "the caller's")
                    : RemedyText.management(s.ev().bucket().orgId(), "the bucket owner's");
            d.command(
                    key,
                    runAs,
                    doc -> List.of("aws organizations update-policy --policy-id " + id + " --content "
                            + shellArg(at(doc, pointer))));
        }
    }

    /** The command prefix that stores an identity policy, up to its document argument. */
    private static String identity(Situation s, PolicyRef ref, RemedyDraft d) {
        Caller c = s.caller();
        if (ref != null && "managed".equals(ref.kind()) && ref.arn() != null) {
            return "aws iam create-policy-version --policy-arn " + ref.arn() + " --set-as-default --policy-document ";
        }
        String name = ref != null && ref.name() != null ? ref.name() : "POLICY_NAME";
        String on = ref != null && ref.attachedTo() != null ? ref.attachedTo() : who(c);
        if (name.equals("POLICY_NAME")) {
            d.note("the policy's name is not in the evidence: list them with aws iam list-"
                    + (on.startsWith("user ") ? "user" : "role") + "-policies --"
                    + (on.startsWith("user ") ? "user" : "role")
                    + "-name " + on.substring(on.indexOf(' ') + 1));
        }
        String kind = on.substring(0, on.indexOf(' '));
        return "aws iam put-" + kind + "-policy --" + kind + "-name " + on.substring(on.indexOf(' ') + 1)
                + " --policy-name " + name + " --policy-document ";
    }

    private static String who(Caller c) {
        return (c.kind() == Caller.Kind.USER ? "user " : "role ") + c.name();
    }

    private static String boundaryPlaceholder(Situation s, RemedyDraft d) {
        Caller c = s.caller();
        d.note("find the boundary's ARN with: aws iam get-"
                + (c.kind() == Caller.Kind.USER ? "user --user-name " : "role --role-name ") + c.name()
                + " --query '*.PermissionsBoundary.PermissionsBoundaryArn'");
        return "BOUNDARY_POLICY_ARN";
    }
}
