package dev.xacct.s3.authz;

import dev.xacct.policy.ContextValue;
import dev.xacct.policy.PolicyEvaluator.Kind;
import dev.xacct.policy.PolicyLayer;
import dev.xacct.policy.PrincipalMatch;
import dev.xacct.policy.RequestContext;
import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.KmsEvidence;
import dev.xacct.s3.evidence.ObjectEvidence;
import java.util.List;
import java.util.Map;

/**
 * Spec §1 step 7: SSE-KMS objects need {@code kms:Decrypt} (GetObject, CopyObject source,
 * UploadPart) or {@code kms:GenerateDataKey} (PutObject). The AWS managed key aws/s3 can
 * never be used from another account. Otherwise the key policy must allow the caller —
 * by name, or through its account root plus the caller's own IAM Allow on the key.
 * Whether HeadObject needs kms:Decrypt is not established: the engine never concludes
 * "KMS" for a HEAD, it reports the question as unknown instead.
 */
final class KmsCheck {
    private KmsCheck() {}

    static Finding run(Situation s) {
        String id = "kms";
        String ev = "HeadObject encryption headers, KMS DescribeKey/GetKeyPolicy";
        S3Operation.KmsUse use = s.op().kms();
        if (use == S3Operation.KmsUse.NONE)
            return Finding.skip(id, ev, s.op().name() + " does not use the object's KMS key");
        Tri usesKms;
        if (s.op().scope() == S3Operation.Scope.EXISTING_OBJECT) {
            Fact<ObjectEvidence> obj = s.ev().object();
            if (obj.isKnown() && Boolean.FALSE.equals(obj.orNull().exists().orNull()))
                return Finding.skip(id, ev, "the object does not exist");
            Fact<Encryption> enc = obj.isKnown() ? obj.orNull().encryption() : Fact.unknown();
            usesKms = enc.isUnknown()
                    ? Tri.UNKNOWN
                    : Tri.of(enc.orNull() != null && enc.orNull().usesKms());
            if (usesKms == Tri.FALSE)
                return Finding.skip(
                        id,
                        ev,
                        "the object is not encrypted with KMS ("
                                + (enc.orNull() == null ? "none" : enc.orNull().type()) + ")");
        } else {
            String sse = s.ev().request().headers().get("x-amz-server-side-encryption");
            usesKms = Tri.of(sse != null && sse.startsWith("aws:kms"));
            if (usesKms == Tri.FALSE) return Finding.skip(id, "request headers", "the upload does not ask for SSE-KMS");
        }
        Fact<KmsEvidence> kmsFact = s.ev().kms();
        KmsEvidence kms = kmsFact.orNull();
        if (kms == null) {
            return Finding.unknown(
                    id,
                    ev,
                    "the object may be KMS-encrypted and the key is unknown",
                    List.of(ResolveBy.fact(usesKms == Tri.UNKNOWN ? "object.encryption" : "kms", s)));
        }
        Finding f = decide(s, kms, use == S3Operation.KmsUse.GENERATE_DATA_KEY ? "kms:GenerateDataKey" : "kms:Decrypt");
        if (usesKms == Tri.UNKNOWN && f.status() != CheckStatus.PASS) {
            return Finding.unknown(
                    id,
                    ev,
                    "whether the object uses KMS is unknown; if it does: "
                            + f.check().detail(),
                    List.of(ResolveBy.fact("object.encryption", s)));
        }
        if (use == S3Operation.KmsUse.NOT_ESTABLISHED && f.status() == CheckStatus.FAIL) {
            return Finding.unknown(
                    id,
                    ev,
                    "if HeadObject needs kms:Decrypt (not established), "
                            + f.check().detail(),
                    List.of(new UnknownFact(
                            "whether HeadObject needs kms:Decrypt",
                            "ask with a 1-byte ranged GET: aws s3api get-object --bucket " + s.bucketName() + " --key '"
                                    + s.key() + "' --range bytes=0-0 /dev/null")));
        }
        return f;
    }

    private static Finding decide(Situation s, KmsEvidence kms, String action) {
        String id = "kms";
        String ev = "KMS DescribeKey, GetKeyPolicy";
        String keyAccount = kms.keyAccount().orNull();
        String keyArn = kms.keyArn().orElse("the key");
        if ("AWS".equals(kms.keyManager().orNull()) && keyAccount != null && !keyAccount.equals(s.callerAccount())) {
            return Finding.fail(
                    id,
                    ev,
                    "the object is encrypted with the AWS managed key aws/s3 of account " + keyAccount
                            + ", which no other account can use",
                    Denial.implicit(DeniedBy.KMS, RootCause.KMS_AWS_MANAGED_KEY_CROSS_ACCOUNT));
        }
        String region = keyArn.startsWith("arn:") ? keyArn.split(":")[3] : "";
        RequestContext ctx = RequestContext.derive(
                s.caller(),
                action,
                keyArn,
                Situation.value(kms.keyAccount(), "kms.keyAccount"),
                Situation.value(s.ev().caller().orgId(), "caller.orgId"),
                ContextValue.ABSENT,
                Map.of(
                        "kms:ViaService", ContextValue.of("s3." + region + ".amazonaws.com"),
                        "kms:CallerAccount",
                                s.callerAccount() == null ? ContextValue.ABSENT : ContextValue.of(s.callerAccount()),
                        "kms:EncryptionContext:aws:s3:arn", ContextValue.of("arn:aws:s3:::" + s.bucketName())));
        LayerView keyPolicy = LayerView.of(kms.keyPolicy(), "kms.keyPolicy", "key-policy", ctx, Kind.RESOURCE);
        LayerOutcome identity = LayerOutcome.list(
                PolicyLayer.IDENTITY,
                s.ev().caller().identityPolicies(),
                "caller.identityPolicies",
                "identity",
                ctx,
                Kind.IDENTITY,
                false);
        Tri deny = keyPolicy.deny().or(identity.deny());
        if (deny == Tri.TRUE) {
            return Finding.fail(
                    id,
                    ev,
                    "an explicit Deny refuses " + action + " on " + keyArn,
                    Denial.explicit(DeniedBy.KMS, RootCause.KMS_DENY));
        }
        boolean sameAccount = keyAccount != null && keyAccount.equals(s.callerAccount());
        Tri keyAllowsByName = keyPolicy.allow(m -> m != PrincipalMatch.ACCOUNT);
        Tri keyAllowsAccount = keyPolicy.allow();
        Tri allowed = sameAccount
                ? keyAllowsByName.or(keyAllowsAccount.and(identity.allow()))
                : keyAllowsAccount.and(identity.allow());
        if (deny == Tri.UNKNOWN || allowed == Tri.UNKNOWN) {
            List<String> facts = new java.util.ArrayList<>(keyPolicy.unknownFacts());
            facts.addAll(identity.unknownFacts());
            return Finding.unknown(
                    id,
                    ev,
                    "whether the key policy of " + keyArn + " lets the caller use it is unknown",
                    facts.stream().distinct().map(f -> ResolveBy.fact(f, s)).toList());
        }
        if (allowed == Tri.TRUE)
            return Finding.pass(id, ev, "the key policy and the caller's IAM allow " + action + " on " + keyArn);
        if (keyAllowsAccount == Tri.FALSE) {
            return Finding.fail(
                    id,
                    ev,
                    "the key policy of " + keyArn + " does not allow the caller's account " + action,
                    Denial.implicit(DeniedBy.KMS, RootCause.KMS_KEY_POLICY_NO_ALLOW));
        }
        return Finding.fail(
                id,
                ev,
                "the key policy allows the caller's account, but no identity policy allows " + action + " on " + keyArn,
                Denial.implicit(DeniedBy.KMS, RootCause.KMS_IDENTITY_NO_ALLOW));
    }
}
