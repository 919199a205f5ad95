package dev.xacct.s3.gather;

import static dev.xacct.shell.MessageLines.firstLine;

import dev.xacct.policy.OrgPolicyLevel;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyParser;
import dev.xacct.s3.evidence.Acl;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.Grant;
import dev.xacct.s3.evidence.Grantee;
import dev.xacct.s3.evidence.ObjectOwnership;
import dev.xacct.s3.evidence.PublicAccessBlock;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.Group;
import software.amazon.awssdk.services.kms.model.DescribeKeyResponse;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.Parent;
import software.amazon.awssdk.services.organizations.model.ParentType;
import software.amazon.awssdk.services.organizations.model.PolicySummary;
import software.amazon.awssdk.services.organizations.model.PolicyType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.Payer;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/**
 * Every read the gatherer makes as one perspective (spec §2). Each returns a {@link Fact}:
 * the value, known-absent, or unknown with why ("AccessDenied as 222222222222: only the bucket
 * owner can read the bucket policy"). No call is retried and nothing is guessed. A missing
 * bucket or refused credentials stop gathering with a {@link GatherException}.
 */
final class PerspectiveReader {
    private final AwsPerspective p;
    private final String bucket;
    private final AtomicInteger calls;

    PerspectiveReader(AwsPerspective p, String bucket, AtomicInteger calls) {
        this.p = p;
        this.bucket = bucket;
        this.calls = calls;
    }

    AwsPerspective perspective() {
        return p;
    }

    // ---- identity -------------------------------------------------------------------------

    /**
     * {@code ListBuckets Owner.ID}: this account's canonical user id, and whether the bucket is
     * this account's own (ListBuckets lists only the caller's own buckets).
     */
    record Self(String canonicalId, boolean ownsBucket) {}

    Fact<Self> self() {
        return read("its canonical id (s3:ListAllMyBuckets)", () -> {
            String id = null;
            boolean owns = false;
            for (var page : s3().listBucketsPaginator(b -> b.prefix(bucket))) {
                if (page.owner() != null && page.owner().id() != null)
                    id = page.owner().id();
                owns |= page.buckets().stream().anyMatch(x -> x.name().equals(bucket));
            }
            return Fact.known(new Self(id, owns));
        });
    }

    // ---- bucket ---------------------------------------------------------------------------

    record BucketAcl(String ownerId, Acl acl) {}

    Fact<BucketAcl> bucketAcl() {
        return read("the bucket ACL (only the bucket owner, or a READ_ACP grantee, may)", () -> {
            var r = s3().getBucketAcl(b -> b.bucket(bucket));
            return Fact.known(new BucketAcl(r.owner() == null ? null : r.owner().id(), acl(r.grants())));
        });
    }

    Fact<ObjectOwnership> objectOwnership() {
        return read(
                "the Object Ownership setting (needs s3:GetBucketOwnershipControls, normally the bucket owner's)",
                () -> {
                    try {
                        var rules = s3().getBucketOwnershipControls(b -> b.bucket(bucket))
                                .ownershipControls()
                                .rules();
                        String v =
                                rules.isEmpty() ? "ObjectWriter" : rules.get(0).objectOwnershipAsString();
                        return Fact.known(ObjectOwnership.valueOf(v));
                    } catch (AwsServiceException e) {
                        if ("OwnershipControlsNotFoundError".equals(Failures.code(e)))
                            return Fact.known(ObjectOwnership.ObjectWriter);
                        throw e;
                    }
                });
    }

    Fact<PolicyDocument> bucketPolicy() {
        return read("only the bucket owner's account can read the bucket policy", () -> {
            try {
                String json = s3().getBucketPolicy(b -> b.bucket(bucket)).policy();
                return Fact.known(PolicyParser.parse(json, "bucket.policy"));
            } catch (AwsServiceException e) {
                if ("NoSuchBucketPolicy".equals(Failures.code(e))) return Fact.absent();
                throw e;
            }
        });
    }

    Fact<Boolean> policyIsPublic() {
        return read("the policy status (s3:GetBucketPolicyStatus)", () -> {
            try {
                Boolean pub = s3().getBucketPolicyStatus(b -> b.bucket(bucket))
                        .policyStatus()
                        .isPublic();
                return Fact.known(Boolean.TRUE.equals(pub));
            } catch (AwsServiceException e) {
                if ("NoSuchBucketPolicy".equals(Failures.code(e))) return Fact.known(false);
                throw e;
            }
        });
    }

    Fact<PublicAccessBlock> publicAccessBlock() {
        return read("Block Public Access (s3:GetBucketPublicAccessBlock)", () -> {
            try {
                PublicAccessBlockConfiguration c =
                        s3().getPublicAccessBlock(b -> b.bucket(bucket)).publicAccessBlockConfiguration();
                return Fact.known(new PublicAccessBlock(
                        isTrue(c.blockPublicAcls()),
                        isTrue(c.ignorePublicAcls()),
                        isTrue(c.blockPublicPolicy()),
                        isTrue(c.restrictPublicBuckets())));
            } catch (AwsServiceException e) {
                if ("NoSuchPublicAccessBlockConfiguration".equals(Failures.code(e)))
                    return Fact.known(PublicAccessBlock.NONE);
                throw e;
            }
        });
    }

    /** Blocked encryption types of the default-encryption rule ({@code SSE-C}, …); empty when none. */
    Fact<List<String>> blockedEncryptionTypes() {
        return read("default encryption (s3:GetEncryptionConfiguration)", () -> {
            try {
                List<String> blocked = new ArrayList<>();
                for (ServerSideEncryptionRule rule : s3().getBucketEncryption(b -> b.bucket(bucket))
                        .serverSideEncryptionConfiguration()
                        .rules()) {
                    if (rule.blockedEncryptionTypes() != null) {
                        rule.blockedEncryptionTypes().encryptionTypeAsStrings().stream()
                                .filter(t -> !t.equalsIgnoreCase("NONE"))
                                .forEach(blocked::add);
                    }
                }
                return Fact.known(List.copyOf(blocked));
            } catch (AwsServiceException e) {
                if ("ServerSideEncryptionConfigurationNotFoundError".equals(Failures.code(e)))
                    return Fact.known(List.of());
                throw e;
            }
        });
    }

    Fact<Boolean> requesterPays() {
        return read(
                "Requester Pays is readable by the bucket owner only",
                () -> Fact.known(
                        s3().getBucketRequestPayment(b -> b.bucket(bucket)).payer() == Payer.REQUESTER));
    }

    // ---- object ---------------------------------------------------------------------------

    /** {@code ListObjectsV2 FetchOwner}, prefix = key, at most one key: exists + owner (needs s3:ListBucket). */
    record Listing(boolean exists, String ownerId) {}

    Fact<Listing> listKey(String key) {
        return read("listing needs s3:ListBucket", () -> {
            ListObjectsV2Response r = s3().listObjectsV2(
                            b -> b.bucket(bucket).prefix(key).maxKeys(1).fetchOwner(true));
            for (S3Object o : r.contents()) {
                if (o.key().equals(key))
                    return Fact.known(new Listing(
                            true, o.owner() == null ? null : o.owner().id()));
            }
            return Fact.known(new Listing(false, null));
        });
    }

    /** The answer to a request: success with the encryption headers, or the failure S3 gave. */
    record Answer(int status, String errorCode, String message, Encryption encryption) {
        boolean ok() {
            return status >= 200 && status < 300 || status == 416;
        }
    }

    Answer headObject(String key) {
        return answer(() -> {
            HeadObjectResponse r = s3().headObject(b -> b.bucket(bucket).key(key));
            return new Answer(
                    200, null, null, encryption(r.serverSideEncryption(), r.ssekmsKeyId(), r.sseCustomerAlgorithm()));
        });
    }

    /** A 1-byte ranged GET: it carries the error message HEAD lacks, and the encryption headers. */
    Answer rangedGet(String key) {
        return answer(() -> {
            try (var in = s3().getObject(
                            b -> b.bucket(bucket).key(key).range("bytes=0-0"), ResponseTransformer.toInputStream())) {
                GetObjectResponse r = in.response();
                return new Answer(
                        r.sdkHttpResponse().statusCode(),
                        null,
                        null,
                        encryption(r.serverSideEncryption(), r.ssekmsKeyId(), r.sseCustomerAlgorithm()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    record ObjectAcl(String ownerId, Acl acl) {}

    Fact<ObjectAcl> objectAcl(String key) {
        return read("the object ACL (needs a READ_ACP grant on the object; the object owner has it)", () -> {
            var r = s3().getObjectAcl(b -> b.bucket(bucket).key(key));
            return Fact.known(new ObjectAcl(r.owner() == null ? null : r.owner().id(), acl(r.grants())));
        });
    }

    // ---- KMS ------------------------------------------------------------------------------

    record KeyFacts(Fact<String> keyArn, Fact<String> keyManager, Fact<PolicyDocument> keyPolicy) {}

    KeyFacts key(String keyArn) {
        String region = keyArn.startsWith("arn:") ? keyArn.split(":")[3] : null;
        Fact<DescribeKeyResponse> described = read(
                "the key (kms:DescribeKey is allowed only by its key policy)",
                () -> Fact.known(p.kms(region).describeKey(b -> b.keyId(keyArn))));
        Fact<PolicyDocument> policy = read(
                "the key policy (kms:GetKeyPolicy, usually only in the key's account)",
                () -> Fact.known(PolicyParser.parse(
                        p.kms(region)
                                .getKeyPolicy(b -> b.keyId(keyArn).policyName("default"))
                                .policy(),
                        "kms.keyPolicy")));
        return new KeyFacts(
                described.map(d -> d.keyMetadata().arn()),
                described.map(d -> d.keyMetadata().keyManagerAsString()),
                policy);
    }

    // ---- the caller's own IAM policies ----------------------------------------------------

    record IamFacts(Fact<List<PolicyDocument>> identityPolicies, Fact<PolicyDocument> boundary) {}

    IamFacts iam() {
        String arn = p.arn();
        String[] parts = arn.split(":", 6);
        String resource = parts.length == 6 ? parts[5] : arn;
        if (resource.startsWith("assumed-role/")) {
            String role = resource.split("/")[1];
            return iamOf("role " + role, () -> roleBoundary(role), () -> rolePolicies(role));
        }
        if (resource.startsWith("user/")) {
            String user = resource.substring(resource.lastIndexOf('/') + 1);
            return iamOf("user " + user, () -> userBoundary(user), () -> userPolicies(user));
        }
        String why = resource.equals("root")
                ? "the caller is the account root user, which has no IAM policies to read"
                : "xacct reads IAM policies of roles and users only, not of " + arn;
        return new IamFacts(Fact.unknown(why), Fact.unknown(why));
    }

    private IamFacts iamOf(
            String who, Supplier<AttachedPermissionsBoundary> boundary, Supplier<List<PolicyDocument>> policies) {
        String hint = "the caller may not read its own IAM policies (" + who
                + ": iam:GetRole/GetUser, List*Policies, GetPolicyVersion)";
        Fact<PolicyDocument> b = read(hint, () -> {
            AttachedPermissionsBoundary pb = boundary.get();
            return pb == null || pb.permissionsBoundaryArn() == null
                    ? Fact.absent()
                    : Fact.known(managed(pb.permissionsBoundaryArn(), "caller.permissionsBoundary"));
        });
        Fact<List<PolicyDocument>> docs = read(hint, () -> Fact.known(policies.get()));
        return new IamFacts(docs, b);
    }

    private AttachedPermissionsBoundary roleBoundary(String role) {
        calls.incrementAndGet();
        return iamClient().getRole(b -> b.roleName(role)).role().permissionsBoundary();
    }

    private AttachedPermissionsBoundary userBoundary(String user) {
        calls.incrementAndGet();
        return iamClient().getUser(b -> b.userName(user)).user().permissionsBoundary();
    }

    private List<PolicyDocument> rolePolicies(String role) {
        IamClient iam = iamClient();
        List<PolicyDocument> docs = new ArrayList<>();
        for (String name : iam.listRolePoliciesPaginator(b -> b.roleName(role)).policyNames()) {
            calls.incrementAndGet();
            docs.add(parse(
                    iam.getRolePolicy(b -> b.roleName(role).policyName(name)).policyDocument(),
                    "role inline policy " + name));
        }
        for (AttachedPolicy a :
                iam.listAttachedRolePoliciesPaginator(b -> b.roleName(role)).attachedPolicies()) {
            docs.add(managed(a.policyArn(), "managed policy " + a.policyName()));
        }
        return docs;
    }

    private List<PolicyDocument> userPolicies(String user) {
        IamClient iam = iamClient();
        List<PolicyDocument> docs = new ArrayList<>();
        for (String name : iam.listUserPoliciesPaginator(b -> b.userName(user)).policyNames()) {
            calls.incrementAndGet();
            docs.add(parse(
                    iam.getUserPolicy(b -> b.userName(user).policyName(name)).policyDocument(),
                    "user inline policy " + name));
        }
        for (AttachedPolicy a :
                iam.listAttachedUserPoliciesPaginator(b -> b.userName(user)).attachedPolicies()) {
            docs.add(managed(a.policyArn(), "managed policy " + a.policyName()));
        }
        for (Group g : iam.listGroupsForUserPaginator(b -> b.userName(user)).groups()) {
            for (String name : iam.listGroupPoliciesPaginator(b -> b.groupName(g.groupName()))
                    .policyNames()) {
                calls.incrementAndGet();
                docs.add(parse(
                        iam.getGroupPolicy(b -> b.groupName(g.groupName()).policyName(name))
                                .policyDocument(),
                        "group " + g.groupName() + " inline policy " + name));
            }
            for (AttachedPolicy a : iam.listAttachedGroupPoliciesPaginator(b -> b.groupName(g.groupName()))
                    .attachedPolicies()) {
                docs.add(managed(a.policyArn(), "managed policy " + a.policyName()));
            }
        }
        return docs;
    }

    private PolicyDocument managed(String policyArn, String what) {
        IamClient iam = iamClient();
        calls.incrementAndGet();
        String version = iam.getPolicy(b -> b.policyArn(policyArn)).policy().defaultVersionId();
        calls.incrementAndGet();
        return parse(
                iam.getPolicyVersion(b -> b.policyArn(policyArn).versionId(version))
                        .policyVersion()
                        .document(),
                what);
    }

    /** IAM returns policy documents URL-encoded (RFC 3986). */
    static PolicyDocument parse(String document, String what) {
        String json = document.trim().startsWith("{") ? document : URLDecoder.decode(document, StandardCharsets.UTF_8);
        return PolicyParser.parse(json, what);
    }

    // ---- organizations --------------------------------------------------------------------

    /** DescribeOrganization: absent when the account is in no organization. */
    Fact<Organization> organization() {
        return read("the organization (organizations:DescribeOrganization)", () -> {
            try {
                return Fact.known(p.organizations().describeOrganization().organization());
            } catch (AwsOrganizationsNotInUseException e) {
                return Fact.absent();
            }
        });
    }

    /**
     * SCPs or RCPs attached on the path from the root to {@code account}, root first: one level
     * per target (formats.md §1). Readable from the management or a delegated-admin account only.
     */
    Fact<List<OrgPolicyLevel>> orgPolicies(String account, PolicyType type) {
        String what = type == PolicyType.SERVICE_CONTROL_POLICY ? "SCPs" : "RCPs";
        return read(what + " are readable only from the organization's management or delegated-admin account", () -> {
            OrganizationsClient org = p.organizations();
            List<String> targets = new ArrayList<>();
            targets.add(account);
            String child = account;
            while (true) {
                calls.incrementAndGet();
                String c = child;
                List<Parent> parents = org.listParentsPaginator(b -> b.childId(c)).stream()
                        .flatMap(r -> r.parents().stream())
                        .toList();
                if (parents.isEmpty()) break;
                Parent parent = parents.get(0);
                targets.add(0, parent.id());
                if (parent.type() == ParentType.ROOT) break;
                child = parent.id();
            }
            List<OrgPolicyLevel> levels = new ArrayList<>();
            for (String target : targets) {
                List<PolicyDocument> docs = new ArrayList<>();
                for (PolicySummary s : org
                        .listPoliciesForTargetPaginator(b -> b.targetId(target).filter(type))
                        .stream()
                        .flatMap(r -> r.policies().stream())
                        .toList()) {
                    calls.incrementAndGet();
                    String content =
                            org.describePolicy(b -> b.policyId(s.id())).policy().content();
                    docs.add(PolicyParser.parse(content, what + " " + s.name()));
                }
                levels.add(new OrgPolicyLevel(target, docs));
            }
            return Fact.known(levels);
        });
    }

    // ---- plumbing -------------------------------------------------------------------------

    private S3Client s3() {
        calls.incrementAndGet();
        return p.s3();
    }

    private IamClient iamClient() {
        calls.incrementAndGet();
        return p.iam();
    }

    /**
     * Runs one read. A service error becomes unknown with why; NoSuchBucket and refused
     * credentials stop gathering; a policy that cannot be parsed is unknown with the parse error.
     */
    <T> Fact<T> read(String hint, Supplier<Fact<T>> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            stopIfFatal(e);
            String code = Failures.code(e);
            String as = " as " + p.account() + " (" + p.name() + ")";
            if (e instanceof AwsServiceException) return Fact.unknown(code + as + ": " + hint);
            return Fact.unknown("could not ask AWS" + as + ": " + firstLine(e.getMessage()));
        } catch (dev.xacct.policy.InputFormatException | IllegalArgumentException e) {
            return Fact.unknown("read as " + p.account() + " but could not be parsed: " + e.getMessage());
        }
    }

    private Answer answer(Supplier<Answer> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            stopIfFatal(e);
            if (!(e instanceof AwsServiceException))
                return new Answer(0, "ClientError", firstLine(e.getMessage()), null);
            return new Answer(Failures.status(e), Failures.code(e), Failures.message(e), null);
        }
    }

    private void stopIfFatal(SdkException e) {
        if ("NoSuchBucket".equals(Failures.code(e))) {
            throw new GatherException(
                    "bucket " + bucket + " does not exist (NoSuchBucket): check the name in s3://" + bucket + "/…", e);
        }
        if (Failures.isCredentialProblem(e)) throw new GatherException(Failures.credentialAdvice(p.name(), e), e);
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    static Acl acl(List<software.amazon.awssdk.services.s3.model.Grant> grants) {
        List<Grant> out = new ArrayList<>();
        for (var g : grants) {
            var ge = g.grantee();
            Grantee grantee =
                    ge.typeAsString().equals("Group") ? Grantee.group(ge.uri()) : Grantee.canonicalUser(ge.id());
            out.add(new Grant(grantee, g.permissionAsString()));
        }
        return new Acl(out);
    }

    static Encryption encryption(ServerSideEncryption sse, String kmsKeyId, String customerAlgorithm) {
        if (customerAlgorithm != null) return new Encryption("SSE-C", null);
        if (sse == null) return new Encryption("none", null);
        return switch (sse.toString()) {
            case "AES256" -> new Encryption("SSE-S3", null);
            case "aws:kms" -> new Encryption("SSE-KMS", kmsKeyId);
            case "aws:kms:dsse" -> new Encryption("DSSE-KMS", kmsKeyId);
            default -> new Encryption("none", null);
        };
    }
}
