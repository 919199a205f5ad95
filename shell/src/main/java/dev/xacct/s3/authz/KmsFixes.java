package dev.xacct.s3.authz;

import static dev.xacct.s3.authz.EvidenceJson.F;
import static dev.xacct.s3.authz.EvidenceJson.at;
import static dev.xacct.s3.authz.EvidenceJson.shellArg;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xacct.aws.Arns;
import java.util.List;

/**
 * R7 for the AWS managed key aws/s3, which no other account can use (spec §1.7): the bucket
 * owner creates a customer managed key whose policy lets the caller's account use it, then
 * re-encrypts the object with it (a read) or makes it the bucket's default encryption (a write),
 * with S3 Bucket Keys on. The new key's id is only known once created: {@code NEW_KEY_ID}.
 */
final class KmsFixes {
    private KmsFixes() {}

    static boolean customerManagedKey(RemedyDraft d, EvidenceSide side, Evaluation e) {
        Situation s = side.situation();
        String owner = s.bucketOwner();
        String caller = s.callerAccount();
        if (owner == null || caller == null) return false;
        var old = s.ev().kms().orNull();
        String oldArn = old == null ? null : old.keyArn().orNull();
        String region = Arns.region(oldArn).orElse("REGION");
        String keyArn = Arns.kmsKey(s.partition(), region, owner, "NEW_KEY_ID");

        ObjectNode policy = F.objectNode();
        policy.put("Version", "2012-10-17");
        policy.putArray("Statement");
        EvidenceJson.allow(
                policy,
                "EnableIAMUserPermissions",
                EvidenceJson.principal("AWS", Arns.root(s.partition(), owner)),
                List.of("kms:*"),
                List.of("*"));
        EvidenceJson.allow(
                policy,
                "AllowUseFrom" + caller,
                EvidenceJson.principal("AWS", Arns.root(s.partition(), caller)),
                List.of("kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"),
                List.of("*"));
        ObjectNode kms = F.objectNode();
        kms.put("keyArn", keyArn);
        kms.put("keyManager", "CUSTOMER");
        kms.put("keyAccount", owner);
        kms.set("keyPolicy", policy);
        EvidenceJson.put(d.doc(), side.kmsPath(), kms);

        ObjectNode enc = F.objectNode();
        enc.put("type", "SSE-KMS");
        enc.put("kmsKeyArn", keyArn);
        enc.put("bucketKeyEnabled", true);
        String b = s.bucketName();
        d.command(
                "create-key",
                owner,
                "aws kms create-key --description " + EvidenceJson.shellWord("S3 " + b + " shared with " + caller)
                        + " --query KeyMetadata.KeyId --output text   # prints NEW_KEY_ID",
                "aws kms put-key-policy --key-id NEW_KEY_ID --policy-name default --policy " + shellArg(policy));
        if (s.op().scope() == S3Operation.Scope.EXISTING_OBJECT) {
            if (!(at(d.doc(), side.objectPath()) instanceof ObjectNode)) return false;
            EvidenceJson.put(
                    d.doc(), side.objectPath() + "/encryption", enc.deepCopy().without("bucketKeyEnabled"));
            d.command(
                    "re-encrypt",
                    owner,
                    "aws s3 cp s3://" + b + "/" + s.key() + " s3://" + b + "/" + s.key()
                            + " --sse aws:kms --sse-kms-key-id NEW_KEY_ID");
        } else if (at(d.doc(), "/request/headers/x-amz-server-side-encryption-aws-kms-key-id")
                .isTextual()) {
            EvidenceJson.put(
                    d.doc(), "/request/headers/x-amz-server-side-encryption-aws-kms-key-id", F.textNode(keyArn));
            d.command("request", RemedyText.caller(s), doc -> List.of(RemedyText.request(at(doc, "/request"))));
        }
        EvidenceJson.put(d.doc(), side.bucketPath() + "/defaultEncryption", enc);
        d.command(
                "default-encryption",
                owner,
                "aws s3api put-bucket-encryption --bucket " + b + " --server-side-encryption-configuration "
                        + "'{\"Rules\":[{\"ApplyServerSideEncryptionByDefault\":{\"SSEAlgorithm\":\"aws:kms\","
                        + "\"KMSMasterKeyID\":\"NEW_KEY_ID\"},\"BucketKeyEnabled\":true}]}'");
        return true;
    }
}
