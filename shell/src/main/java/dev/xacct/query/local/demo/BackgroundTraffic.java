package dev.xacct.query.local.demo;

import static dev.xacct.query.local.demo.DemoOrg.*;

import dev.xacct.aws.Arns;
import java.time.Instant;
import java.util.SplittableRandom;

/** The everyday calls that make up most of a trail: services, instance roles, reads, a little noise. */
final class BackgroundTraffic {

    /** The id of the demo's one KMS key (the example id of the AWS KMS docs). */
    private static final String DEMO_KEY = "1234abcd-12ab-34cd-56ef-1234567890ab";

    private BackgroundTraffic() {}

    static SyntheticEvent next(SplittableRandom r, Instant t, String account, String region) {
        int kind = r.nextInt(100);
        if (kind < 18) {
            return new SyntheticEvent(
                            t, Principal.service("lambda.amazonaws.com"), region, "sts", "AssumeRole", account)
                    .request(
                            "roleArn",
                            Arns.role("aws", account, "/", "lambda-processor"),
                            "roleSessionName",
                            "lambda-processor")
                    .response(
                            "assumedRoleUser",
                            Arns.assumedRole("aws", account, "lambda-processor", "lambda-processor"));
        }
        if (kind < 34) {
            return new SyntheticEvent(t, appServer(account), region, "kms", "Decrypt", account)
                    .request(
                            "encryptionAlgorithm",
                            "SYMMETRIC_DEFAULT",
                            "keyId",
                            Arns.kmsKey("aws", region, account, DEMO_KEY))
                    .resource(Arns.kmsKey("aws", region, account, DEMO_KEY), "AWS::KMS::Key");
        }
        if (kind < 48) {
            return new SyntheticEvent(
                            t, Principal.service("config.amazonaws.com"), region, "ec2", "DescribeInstances", account)
                    .request("maxResults", "1000");
        }
        if (kind < 58) {
            return new SyntheticEvent(
                            t, Principal.service("cloudtrail.amazonaws.com"), region, "s3", "GetBucketAcl", account)
                    .request(
                            "bucketName",
                            "aws-cloudtrail-logs-" + account,
                            "Host",
                            "aws-cloudtrail-logs-" + account + ".s3.amazonaws.com",
                            "acl",
                            "");
        }
        if (kind < 70) {
            return new SyntheticEvent(t, lambda(account), region, "logs", "CreateLogStream", account)
                    .request(
                            "logGroupName",
                            "/aws/lambda/worker-" + r.nextInt(8),
                            "logStreamName",
                            SyntheticEvent.uuid(r));
        }
        if (kind < 80) {
            return new SyntheticEvent(t, appServer(account), region, "ssm", "UpdateInstanceInformation", account)
                    .request(
                            "instanceId",
                            "i-0abc" + account.substring(0, 6) + "def",
                            "agentVersion",
                            "3.3.1611.0",
                            "agentStatus",
                            "Active",
                            "platformType",
                            "Linux",
                            "computerName",
                            "ip-10-0-12-34.ec2.internal");
        }
        if (kind < 88) {
            return new SyntheticEvent(t, deployer(account), region, "cloudformation", "DescribeStackEvents", account)
                    .request("stackName", "orders-" + r.nextInt(4));
        }
        if (kind < 94) {
            return new SyntheticEvent(t, appServer(account), region, "sqs", "GetQueueAttributes", account)
                    .request("queueUrl", "https://sqs." + region + ".amazonaws.com/" + account + "/orders");
        }
        if (kind < 99) {
            return new SyntheticEvent(t, alice(account), region, "ec2", "DescribeSecurityGroups", account);
        }
        // the odd denied call every trail has
        return new SyntheticEvent(t, appServer(account), region, "s3", "GetBucketPolicy", account)
                .request("bucketName", "acme-shared-config")
                .denied("AccessDenied");
    }
}
