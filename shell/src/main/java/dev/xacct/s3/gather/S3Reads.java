package dev.xacct.s3.gather;

import dev.xacct.aws.Arns;
import dev.xacct.policy.PolicyDocument;
import dev.xacct.policy.PolicyParser;
import dev.xacct.s3.evidence.Acl;
import dev.xacct.s3.evidence.Encryption;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.s3.evidence.Grant;
import dev.xacct.s3.evidence.Grantee;
import dev.xacct.s3.evidence.ObjectOwnership;
import dev.xacct.s3.evidence.PublicAccessBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.kms.model.DescribeKeyResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.Payer;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionByDefault;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/**
 * The S3 and KMS reads of one perspective on one bucket (spec §2: which facts can be read, and
 * by whom), each one call. Absences AWS signals with an error code (no bucket policy, no
 * ownership controls, no default encryption, no public access block) are known absences.
 */
final class S3Reads {
    private final AwsPerspective p;
    private final String bucket;

    S3Reads(AwsPerspective p, String bucket) {
        this.p = p;
        this.bucket = bucket;
    }

    AwsPerspective perspective() {
        return p;
    }

    private S3Client s3() {
        return p.s3();
    }

    private <T> Fact<T> read(String hint, Supplier<Fact<T>> call) {
        return ReadCall.read(p, bucket, hint, call);
    }

    /** {@code ListBuckets} (prefix = the bucket): this account's canonical id and whether the bucket is its own. */
    Fact<Reads.Self> self() {
        return read("its canonical id (s3:ListAllMyBuckets)", () -> {
            String id = null;
            boolean owns = false;
            for (var page : s3().listBucketsPaginator(b -> b.prefix(bucket))) {
                if (page.owner() != null && page.owner().id() != null)
                    id = page.owner().id();
                owns |= page.buckets().stream().anyMatch(x -> x.name().equals(bucket));
            }
            return Fact.known(new Reads.Self(id, owns));
        });
    }

    Fact<Reads.BucketAcl> bucketAcl() {
        return read("the bucket ACL (only the bucket owner, or a READ_ACP grantee, may)", () -> {
            var r = s3().getBucketAcl(b -> b.bucket(bucket));
            return Fact.known(
                    new Reads.BucketAcl(r.owner() == null ? null : r.owner().id(), acl(r.grants())));
        });
    }

    Fact<ObjectOwnership> objectOwnership() {
        return read(
                "the Object Ownership setting (needs s3:GetBucketOwnershipControls, normally the bucket owner's)",
                () -> absentOn("OwnershipControlsNotFoundError", Fact.known(ObjectOwnership.ObjectWriter), () -> {
                    var rules = s3().getBucketOwnershipControls(b -> b.bucket(bucket))
                            .ownershipControls()
                            .rules();
                    String v = rules.isEmpty() ? "ObjectWriter" : rules.get(0).objectOwnershipAsString();
                    return Fact.known(ObjectOwnership.valueOf(v));
                }));
    }

    Fact<PolicyDocument> bucketPolicy() {
        return read(
                "only the bucket owner's account can read the bucket policy",
                () -> absentOn(
                        "NoSuchBucketPolicy",
                        Fact.absent(),
                        () -> Fact.known(PolicyParser.parse(
                                s3().getBucketPolicy(b -> b.bucket(bucket)).policy(), "bucket.policy"))));
    }

    Fact<Boolean> policyIsPublic() {
        return read(
                "the policy status (s3:GetBucketPolicyStatus)",
                () -> absentOn(
                        "NoSuchBucketPolicy",
                        Fact.known(false),
                        () -> Fact.known(Boolean.TRUE.equals(s3().getBucketPolicyStatus(b -> b.bucket(bucket))
                                .policyStatus()
                                .isPublic()))));
    }

    Fact<PublicAccessBlock> publicAccessBlock() {
        return read(
                "Block Public Access (s3:GetBucketPublicAccessBlock)",
                () -> absentOn("NoSuchPublicAccessBlockConfiguration", Fact.known(PublicAccessBlock.NONE), () -> {
                    PublicAccessBlockConfiguration c =
                            s3().getPublicAccessBlock(b -> b.bucket(bucket)).publicAccessBlockConfiguration();
                    return Fact.known(new PublicAccessBlock(
                            isTrue(c.blockPublicAcls()),
                            isTrue(c.ignorePublicAcls()),
                            isTrue(c.blockPublicPolicy()),
                            isTrue(c.restrictPublicBuckets())));
                }));
    }

    /** {@code GetBucketEncryption}: the default encryption (SSE type, key, Bucket Keys) and the blocked types. */
    Fact<Reads.BucketEncryption> encryption() {
        return read(
                "default encryption (s3:GetEncryptionConfiguration)",
                () -> absentOn(
                        "ServerSideEncryptionConfigurationNotFoundError",
                        Fact.known(new Reads.BucketEncryption(Fact.absent(), List.of())),
                        () -> {
                            List<String> blocked = new ArrayList<>();
                            Fact<Encryption> def = Fact.absent();
                            for (ServerSideEncryptionRule rule : s3().getBucketEncryption(b -> b.bucket(bucket))
                                    .serverSideEncryptionConfiguration()
                                    .rules()) {
                                if (rule.blockedEncryptionTypes() != null) {
                                    rule.blockedEncryptionTypes().encryptionTypeAsStrings().stream()
                                            .filter(t -> !t.equalsIgnoreCase("NONE"))
                                            .forEach(blocked::add);
                                }
                                ServerSideEncryptionByDefault d = rule.applyServerSideEncryptionByDefault();
                                if (d != null && def.isAbsent()) {
                                    Encryption e = encryption(d.sseAlgorithm(), d.kmsMasterKeyID(), null);
                                    def = Fact.known(new Encryption(e.type(), e.kmsKeyArn(), rule.bucketKeyEnabled()));
                                }
                            }
                            return Fact.known(new Reads.BucketEncryption(def, List.copyOf(blocked)));
                        }));
    }

    Fact<Boolean> requesterPays() {
        return read(
                "Requester Pays is readable by the bucket owner only",
                () -> Fact.known(
                        s3().getBucketRequestPayment(b -> b.bucket(bucket)).payer() == Payer.REQUESTER));
    }

    Fact<Reads.Listing> listKey(String key) {
        return read("listing needs s3:ListBucket", () -> {
            ListObjectsV2Response r = s3().listObjectsV2(
                            b -> b.bucket(bucket).prefix(key).maxKeys(1).fetchOwner(true));
            for (S3Object o : r.contents()) {
                if (o.key().equals(key))
                    return Fact.known(new Reads.Listing(
                            true, o.owner() == null ? null : o.owner().id()));
            }
            return Fact.known(new Reads.Listing(false, null));
        });
    }

    Reads.Answer headObject(String key) {
        return ReadCall.answer(p, bucket, () -> {
            HeadObjectResponse r = s3().headObject(b -> b.bucket(bucket).key(key));
            return new Reads.Answer(
                    200,
                    null,
                    null,
                    encryption(
                            r.serverSideEncryption(), r.ssekmsKeyId(), r.sseCustomerAlgorithm(), r.bucketKeyEnabled()));
        });
    }

    /** A 1-byte ranged GET: it carries the error message HEAD lacks, and the encryption headers. */
    Reads.Answer rangedGet(String key) {
        return ReadCall.answer(p, bucket, () -> {
            try (var in = s3().getObject(
                            b -> b.bucket(bucket).key(key).range("bytes=0-0"), ResponseTransformer.toInputStream())) {
                GetObjectResponse r = in.response();
                return new Reads.Answer(
                        r.sdkHttpResponse().statusCode(),
                        null,
                        null,
                        encryption(
                                r.serverSideEncryption(),
                                r.ssekmsKeyId(),
                                r.sseCustomerAlgorithm(),
                                r.bucketKeyEnabled()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    Fact<Reads.ObjectAcl> objectAcl(String key) {
        return read("the object ACL (needs a READ_ACP grant on the object; the object owner has it)", () -> {
            var r = s3().getObjectAcl(b -> b.bucket(bucket).key(key));
            return Fact.known(
                    new Reads.ObjectAcl(r.owner() == null ? null : r.owner().id(), acl(r.grants())));
        });
    }

    /** {@code DescribeKey} and {@code GetKeyPolicy} of a key, in its region. */
    Reads.KeyFacts key(String keyArn) {
        String region = Arns.region(keyArn).orElse(null);
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
        return new Reads.KeyFacts(
                described.map(d -> d.keyMetadata().arn()),
                described.map(d -> d.keyMetadata().keyManagerAsString()),
                policy);
    }

    /** An error code that means "there is none": the known absence instead of unknown. */
    private static <T> Fact<T> absentOn(String code, Fact<T> none, Supplier<Fact<T>> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            if (code.equals(Failures.code(e))) return none;
            throw e;
        }
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

    static Encryption encryption(
            ServerSideEncryption sse, String kmsKeyId, String customerAlgorithm, Boolean bucketKey) {
        if (customerAlgorithm != null) return new Encryption("SSE-C", null);
        if (sse == null) return new Encryption("none", null);
        return switch (sse.toString()) {
            case "AES256" -> new Encryption("SSE-S3", null);
            case "aws:kms" -> new Encryption("SSE-KMS", kmsKeyId, bucketKey);
            case "aws:kms:dsse" -> new Encryption("DSSE-KMS", kmsKeyId, bucketKey);
            default -> new Encryption("none", null);
        };
    }

    private static Encryption encryption(ServerSideEncryption sse, String kmsKeyId, String customerAlgorithm) {
        return encryption(sse, kmsKeyId, customerAlgorithm, null);
    }
}
