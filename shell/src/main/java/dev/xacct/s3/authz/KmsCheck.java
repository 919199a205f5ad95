package dev.xacct.s3.authz;

import dev.xacct.aws.Arns;
import dev.xacct.policy.ContextValue;
import dev.xacct.policy.MatchedStatement;
import dev.xacct.policy.PolicyEvaluator.Kind;
import dev.xacct.policy.PolicyLayer;
import dev.xacct.policy.PrincipalMatch;
import dev.xacct.policy.RequestContext;
import dev.xacct.policy.Tri;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.KmsEvidence;
import dev.xacct.s3.evidence.ObjectEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spec §1 step 7 and §5: every operation that touches SSE-KMS data needs the KMS permission
 * of its kind on the key in use ({@link S3Operation.KmsUse}): {@code kms:Decrypt} to read and
 * for the parts of a multipart upload, {@code kms:GenerateDataKey} to write. The key in use
 * comes from {@link WriteEncryption}: for a write that names no key, the bucket's default
 * encryption, so the check applies whether or not the request itself names a key. The AWS
 * managed key aws/s3 can never be used from another account; otherwise the key policy must
 * allow the caller — by name, or through its account root plus the caller's own IAM Allow on
 * the key. With S3 Bucket Keys KMS sees the bucket ARN as encryption context, otherwise the
 * object ARN. Whether HeadObject needs kms:Decrypt is not established: the engine never
 * concludes "KMS" for a HEAD, it reports the question as unknown instead.
 */
final class KmsCheck {
    private KmsCheck() {}

    static Finding run(Situation s) {
        String id = "kms";
        String ev = "KMS DescribeKey/GetKeyPolicy, " + evidenceOf(s.op().kms());
        S3Operation.KmsUse use = s.op().kms();
        if (use == S3Operation.KmsUse.NONE) return Finding.skip(id, ev, s.op().name() + " does not use a KMS key");
        Fact<ObjectEvidence> obj = s.ev().object();
        if (s.op().scope() == S3Operation.Scope.EXISTING_OBJECT
                && obj.isKnown()
                && Boolean.FALSE.equals(obj.orNull().exists().orNull())) {
            return Finding.skip(id, ev, "the object does not exist");
        }
        WriteEncryption w = WriteEncryption.of(s);
        Fact<Encryption> enc = w.encryption();
        Tri usesKms = enc.isUnknown()
                ? Tri.UNKNOWN
                : Tri.of(enc.orNull() != null && enc.orNull().usesKms());
        if (usesKms == Tri.FALSE) {
            return Finding.skip(
                    id,
                    ev,
                    w.from() + " is not SSE-KMS ("
                            + (enc.orNull() == null
                                    ? "none stated"
                                    : enc.orNull().type()) + ")");
        }
        String action = use.kmsAction();
        KmsEvidence kms = keyFacts(s, enc.orNull());
        if (kms == null) {
            return Finding.unknown(
                    id,
                    ev,
                    usesKms == Tri.UNKNOWN
                            ? w.from() + " is unknown; with SSE-KMS the caller needs " + action
                            : "the data uses SSE-KMS and the key's policy is unknown; the caller needs " + action,
                    List.of(ResolveBy.fact(usesKms == Tri.UNKNOWN ? w.fact() : "kms", s)));
        }
        Finding f = decide(s, kms, action, enc.orNull(), w.from());
        if (usesKms == Tri.UNKNOWN && f.status() != CheckStatus.PASS) {
            return Finding.unknown(
                    id,
                    ev,
                    "whether " + w.from() + " uses KMS is unknown; if it does: "
                            + f.check().detail(),
                    List.of(ResolveBy.fact(w.fact(), s)));
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
                                    + s.key() + "' --range bytes=0-0 /tmp/first-byte")));
        }
        return f;
    }

    private static String evidenceOf(S3Operation.KmsUse use) {
        return switch (use) {
            case GENERATE_FOR_WRITE -> "request headers or GetBucketEncryption";
            case DECRYPT_FOR_UPLOAD -> "the upload's encryption or GetBucketEncryption";
            default -> "HeadObject encryption headers";
        };
    }

    /** The Deny statements that refuse the request's KMS call (key policy, then identity), for a remedy. */
    static List<MatchedStatement> denies(Situation s) {
        String action = s.op().kms().kmsAction();
        Encryption enc = WriteEncryption.of(s).encryption().orNull();
        KmsEvidence kms = keyFacts(s, enc);
        if (action == null || kms == null) return List.of();
        String keyArn = kms.keyArn().orElse(enc != null && enc.kmsKeyArn() != null ? enc.kmsKeyArn() : "the key");
        RequestContext ctx = context(s, kms, action, keyArn, enc);
        List<MatchedStatement> out =
                new ArrayList<>(LayerView.of(kms.keyPolicy(), "kms.keyPolicy", "key-policy", ctx, Kind.RESOURCE)
                        .matched(dev.xacct.policy.Effect.DENY));
        out.addAll(identity(s, ctx).denies());
        return out;
    }

    /** The caller's identity policies against the KMS request. */
    private static LayerOutcome identity(Situation s, RequestContext ctx) {
        return LayerOutcome.list(
                PolicyLayer.IDENTITY,
                s.ev().caller().identityPolicies(),
                "caller.identityPolicies",
                "identity",
                ctx,
                Kind.IDENTITY,
                false);
    }

    /** The evidence's key facts when they describe the key in use; null when they do not (or are unknown). */
    private static KmsEvidence keyFacts(Situation s, Encryption enc) {
        KmsEvidence kms = s.ev().kms().orNull();
        if (kms == null) return null;
        String inUse = enc == null ? null : enc.kmsKeyArn();
        String described = kms.keyArn().orNull();
        if (inUse != null && described != null && !Encryption.sameKey(inUse, described)) return null;
        return kms;
    }

    private static Finding decide(Situation s, KmsEvidence kms, String action, Encryption enc, String from) {
        String id = "kms";
        String ev = "KMS DescribeKey, GetKeyPolicy";
        String keyAccount = kms.keyAccount().orNull();
        String keyArn = kms.keyArn().orElse(enc != null && enc.kmsKeyArn() != null ? enc.kmsKeyArn() : "the key");
        if ("AWS".equals(kms.keyManager().orNull()) && keyAccount != null && !keyAccount.equals(s.callerAccount())) {
            return Finding.fail(
                    id,
                    ev,
                    from + " uses the AWS managed key aws/s3 of account " + keyAccount
                            + ", which no other account can use",
                    Denial.implicit(DeniedBy.KMS, RootCause.KMS_AWS_MANAGED_KEY_CROSS_ACCOUNT));
        }
        RequestContext ctx = context(s, kms, action, keyArn, enc);
        LayerView keyPolicy = LayerView.of(kms.keyPolicy(), "kms.keyPolicy", "key-policy", ctx, Kind.RESOURCE);
        LayerOutcome identity = identity(s, ctx);
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
            List<String> facts = new ArrayList<>(keyPolicy.unknownFacts());
            facts.addAll(identity.unknownFacts());
            return Finding.unknown(
                    id,
                    ev,
                    "whether the key policy of " + keyArn + " (" + from + ") lets the caller use it (" + action
                            + ") is unknown",
                    facts.stream().distinct().map(f -> ResolveBy.fact(f, s)).toList());
        }
        if (allowed == Tri.TRUE)
            return Finding.pass(
                    id,
                    ev,
                    "the key policy and the caller's IAM allow " + action + " on " + keyArn + " (" + from + ")");
        if (keyAllowsAccount == Tri.FALSE) {
            return Finding.fail(
                    id,
                    ev,
                    "the key policy of " + keyArn + " (" + from + ") does not allow the caller's account " + action,
                    Denial.implicit(DeniedBy.KMS, RootCause.KMS_KEY_POLICY_NO_ALLOW));
        }
        return Finding.fail(
                id,
                ev,
                "the key policy allows the caller's account, but no identity policy allows " + action + " on " + keyArn
                        + " (" + from + ")",
                Denial.implicit(DeniedBy.KMS, RootCause.KMS_IDENTITY_NO_ALLOW));
    }

    /** The request KMS sees from S3: via S3 in the key's region, with the object's (or, with Bucket Keys, the bucket's) ARN. */
    private static RequestContext context(Situation s, KmsEvidence kms, String action, String keyArn, Encryption enc) {
        String region = Arns.region(keyArn).orElse("");
        String bucketArn = s.bucketArn();
        boolean bucketKey = enc != null && enc.bucketKey();
        String contextArn = bucketKey || s.key() == null ? bucketArn : bucketArn + "/" + s.key();
        return RequestContext.derive(
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
                        "kms:EncryptionContext:aws:s3:arn", ContextValue.of(contextArn)));
    }
}
