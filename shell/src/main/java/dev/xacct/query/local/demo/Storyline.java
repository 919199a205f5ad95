package dev.xacct.query.local.demo;

import static dev.xacct.query.local.demo.DemoOrg.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The scripted events of the demo: a month of people's routine and, on one day, an intrusion
 * through a leaked access key, so that every audit template finds something to show. Fixed times
 * and names: only ids come from the random source.
 */
final class Storyline {

    private final LocalDate first;
    private final int days;
    private final List<SyntheticEvent> events = new ArrayList<>();

    Storyline(LocalDate first, int days) {
        this.first = first;
        this.days = days;
    }

    /** The day of the intrusion: twelve days before the end (or the middle of a short range). */
    LocalDate incidentDay() {
        return first.plusDays(days > 14 ? days - 12 : days / 2);
    }

    List<SyntheticEvent> events() {
        for (int d = 0; d < days; d++) {
            routine(d, first.plusDays(d));
        }
        intrusion(incidentDay());
        return events;
    }

    private static Instant at(LocalDate day, int hour, int minute, int second) {
        return day.atTime(hour, minute, second).toInstant(ZoneOffset.UTC);
    }

    private SyntheticEvent add(SyntheticEvent e) {
        events.add(e);
        return e;
    }

    private SyntheticEvent login(Instant t, Principal p, boolean success, boolean mfa) {
        SyntheticEvent e = add(new SyntheticEvent(t, p, "us-east-1", "signin", "ConsoleLogin", p.account()));
        e.eventType = "AwsConsoleSignIn";
        e.readOnly = false;
        e.response("ConsoleLogin", success ? "Success" : "Failure");
        e.additional(
                "LoginTo",
                "https://console.aws.amazon.com/console/home",
                "MobileVersion",
                "No",
                "MFAUsed",
                mfa ? "Yes" : "No");
        if (!success) {
            e.errorMessage = "Failed authentication";
        }
        return e;
    }

    private void routine(int d, LocalDate day) {
        login(at(day, 8, 2, 11), BOB, true, true);
        login(at(day, 8, 40, 5), alice(PROD), true, true);
        if (d % 3 == 0) {
            login(at(day, 9, 15, 0), CAROL, true, false);
        }
        if (d % 2 == 0) {
            SyntheticEvent s =
                    add(new SyntheticEvent(at(day, 8, 5, 30), BOB, "us-east-1", "signin", "SwitchRole", MANAGEMENT));
            s.eventType = "AwsConsoleSignIn";
            s.response("SwitchRole", "Success");
            s.additional(
                    "SwitchFrom",
                    BOB.arn(),
                    "RedirectTo",
                    "https://console.aws.amazon.com/console/home",
                    "SwitchTo",
                    "arn:aws:iam::" + PROD + ":role/OrganizationAccountAccessRole");
            add(new SyntheticEvent(at(day, 8, 5, 31), BOB, "us-east-1", "sts", "AssumeRole", PROD)
                    .request(
                            "roleArn",
                            "arn:aws:iam::" + PROD + ":role/OrganizationAccountAccessRole",
                            "roleSessionName",
                            "bob")
                    .resource("arn:aws:iam::" + PROD + ":role/OrganizationAccountAccessRole", "AWS::IAM::Role"));
        }
        // the CI user's daily deploy: IAM-user activity, creates and noise creates (log streams)
        add(new SyntheticEvent(at(day, 10, 0, 0), CI, "us-east-1", "lambda", "UpdateFunctionCode20150331v2", DEV)
                .request("functionName", "orders-api"));
        add(new SyntheticEvent(at(day, 10, 0, 20), CI, "us-east-1", "cloudformation", "DescribeStacks", DEV));
        add(new SyntheticEvent(at(day, 10, 1, 0), lambda(DEV), "us-east-1", "logs", "CreateLogStream", DEV)
                .request(
                        "logGroupName",
                        "/aws/lambda/orders-api",
                        "logStreamName",
                        day.toString().replace('-', '/') + "/[$LATEST]abc"));
        if (d % 5 == 1) {
            String id = String.format("i-0%016x", 0xabc000L + d);
            add(new SyntheticEvent(at(day, 11, 30, 0), deployer(PROD), "eu-west-1", "ec2", "RunInstances", PROD)
                    .request("instanceType", "m6i.large", "imageId", "ami-0demo1234567890")
                    .response("instanceId", id, "reservationId", "r-0demo" + d));
            add(new SyntheticEvent(at(day, 11, 31, 0), deployer(PROD), "eu-west-1", "logs", "CreateLogGroup", PROD)
                    .request("logGroupName", "/app/orders/" + d));
        }
        if (d % 7 == 3) {
            add(new SyntheticEvent(at(day, 14, 0, 0), alice(PROD), "us-east-1", "ec2", "TerminateInstances", PROD)
                    .request("instanceId", String.format("i-0%016x", 0xabc000L + d - 2)));
            add(new SyntheticEvent(
                            at(day, 14, 5, 0), alice(PROD), "us-east-1", "ec2", "AuthorizeSecurityGroupIngress", PROD)
                    .request(
                            "groupId",
                            "sg-0demoweb",
                            "ipProtocol",
                            "tcp",
                            "fromPort",
                            "443",
                            "toPort",
                            "443",
                            "cidrIp",
                            "10.0.0.0/8"));
        }
        if (d == 0) {
            add(new SyntheticEvent(at(day, 9, 0, 0), alice(PROD), "us-east-1", "s3", "CreateBucket", PROD)
                    .request("bucketName", "acme-prod-data", "Host", "acme-prod-data.s3.amazonaws.com")
                    .resource("arn:aws:s3:::acme-prod-data", "AWS::S3::Bucket"));
            add(new SyntheticEvent(at(day, 9, 1, 0), alice(PROD), "us-east-1", "s3", "PutBucketEncryption", PROD)
                    .request("bucketName", "acme-prod-data"));
            add(new SyntheticEvent(at(day, 9, 30, 0), alice(PROD), "us-east-1", "kms", "CreateKey", PROD)
                    .request("description", "orders data key")
                    .response("keyId", "1234abcd-12ab-34cd-56ef-1234567890ab"));
            add(new SyntheticEvent(at(day, 10, 0, 0), alice(PROD), "us-east-1", "iam", "CreateRole", PROD)
                    .request("roleName", "orders-reader"));
        }
        if (d == 5) {
            add(new SyntheticEvent(
                                    at(day, 7, 12, 0),
                                    Principal.root(MANAGEMENT, OFFICE_IP),
                                    "us-east-1",
                                    "signin",
                                    "ConsoleLogin",
                                    MANAGEMENT)
                            .response("ConsoleLogin", "Success")
                            .additional("MFAUsed", "Yes", "MobileVersion", "No"))
                    .eventType = "AwsConsoleSignIn";
            add(new SyntheticEvent(
                    at(day, 7, 14, 0),
                    Principal.root(MANAGEMENT, OFFICE_IP),
                    "us-east-1",
                    "iam",
                    "GetAccountSummary",
                    MANAGEMENT));
        }
        if (d == 6) {
            add(new SyntheticEvent(at(day, 15, 0, 0), BOB, "us-east-1", "organizations", "CreateAccount", MANAGEMENT)
                    .request("accountName", "sandbox", "email", "aws-sandbox@example.com")
                    .response("createAccountStatus", "IN_PROGRESS"));
            add(new SyntheticEvent(at(day, 15, 20, 0), BOB, "us-east-1", "organizations", "MoveAccount", MANAGEMENT)
                    .request(
                            "accountId",
                            "555555555555",
                            "sourceParentId",
                            "r-demo",
                            "destinationParentId",
                            "ou-demo-sandbox"));
            add(new SyntheticEvent(at(day, 15, 30, 0), BOB, "us-east-1", "organizations", "AttachPolicy", MANAGEMENT)
                    .request("policyId", "p-demoscp1", "targetId", "ou-demo-sandbox"));
        }
        // background secret reads: a handful per day, not a burst
        for (int i = 0; i < 3; i++) {
            add(new SyntheticEvent(
                            at(day, 6 + i * 6, 0, 0),
                            appServer(PROD),
                            "us-east-1",
                            "secretsmanager",
                            "GetSecretValue",
                            PROD)
                    .request("secretId", "prod/orders/db"));
        }
    }

    private void intrusion(LocalDate day) {
        // the night before: a password-guessing run against carol
        for (int i = 0; i < 12; i++) {
            login(
                            at(day.minusDays(1), 23, 10 + i, 7),
                            CAROL.from(BRUTE_FORCE_IP, "Mozilla/5.0 (X11; Linux x86_64)"),
                            false,
                            false)
                    .errorMessage = "Failed authentication";
        }
        Principal p = INTRUDER;
        add(new SyntheticEvent(at(day, 1, 2, 0), p, "us-east-1", "sts", "GetCallerIdentity", DEV));
        String[][] probes = {
            {"iam", "ListUsers"},
            {"iam", "ListRoles"},
            {"iam", "GetAccountAuthorizationDetails"},
            {"s3", "ListBuckets"},
            {"secretsmanager", "ListSecrets"},
            {"organizations", "ListAccounts"}
        };
        for (int i = 0; i < 36; i++) {
            String[] probe = probes[i % probes.length];
            add(new SyntheticEvent(
                            at(day, 1, 5, i * 5 % 60).plusSeconds(i / 12 * 60L),
                            p,
                            "us-east-1",
                            probe[0],
                            probe[1],
                            DEV)
                    .denied("AccessDenied"));
        }
        Instant t = at(day, 1, 10, 0);
        add(new SyntheticEvent(t, p, "us-east-1", "iam", "CreateUser", DEV)
                .request("userName", "backup-admin")
                .resource("arn:aws:iam::" + DEV + ":user/backup-admin", "AWS::IAM::User"));
        add(new SyntheticEvent(t.plusSeconds(60), p, "us-east-1", "iam", "AttachUserPolicy", DEV)
                .request("userName", "backup-admin", "policyArn", "arn:aws:iam::aws:policy/AdministratorAccess"));
        add(new SyntheticEvent(t.plusSeconds(120), p, "us-east-1", "iam", "CreateAccessKey", DEV)
                .request("userName", "backup-admin")
                .response("accessKeyId", BACKDOOR_KEY));
        add(new SyntheticEvent(t.plusSeconds(180), p, "us-east-1", "iam", "CreateLoginProfile", DEV)
                .request("userName", "backup-admin", "passwordResetRequired", "false"));
        Principal backdoor = Principal.user(
                DEV, "backup-admin", BACKDOOR_KEY, ATTACKER_IP, "python-requests/2.31.0 Boto3/1.34.0", false);
        add(new SyntheticEvent(t.plusSeconds(600), backdoor, "us-east-1", "iam", "DeactivateMFADevice", DEV)
                .request("userName", "dev-admin", "serialNumber", "arn:aws:iam::" + DEV + ":mfa/dev-admin"));
        add(new SyntheticEvent(t.plusSeconds(630), backdoor, "us-east-1", "iam", "DeleteVirtualMFADevice", DEV)
                .request("serialNumber", "arn:aws:iam::" + DEV + ":mfa/dev-admin"));
        // miners in a region nobody uses, reachable from anywhere
        Instant m = at(day, 1, 25, 0);
        add(new SyntheticEvent(m, backdoor, UNEXPECTED_REGION, "ec2", "CreateSecurityGroup", DEV)
                .request("groupName", "default-ssh", "vpcId", "vpc-0demo")
                .response("groupId", "sg-0demominer"));
        SyntheticEvent open = add(new SyntheticEvent(
                m.plusSeconds(20), backdoor, UNEXPECTED_REGION, "ec2", "AuthorizeSecurityGroupIngress", DEV));
        open.request = SyntheticEvent.JSON.objectNode();
        open.request.put("groupId", "sg-0demominer");
        var perm = open.request.putObject("ipPermissions").putArray("items").addObject();
        perm.put("ipProtocol", "tcp");
        perm.put("fromPort", 22);
        perm.put("toPort", 22);
        perm.putObject("ipRanges").putArray("items").addObject().put("cidrIp", "0.0.0.0/0");
        for (int i = 0; i < 10; i++) {
            add(new SyntheticEvent(m.plusSeconds(60 + i * 7L), backdoor, UNEXPECTED_REGION, "ec2", "RunInstances", DEV)
                    .request("instanceType", "p3.16xlarge", "imageId", "ami-0minerdemo")
                    .response("instanceId", String.format("i-0%016x", 0xfeed00L + i)));
        }
        add(new SyntheticEvent(m.plusSeconds(200), backdoor, "us-east-1", "ec2", "CreateInternetGateway", DEV)
                .response("internetGatewayId", "igw-0demo"));
        add(new SyntheticEvent(m.plusSeconds(220), backdoor, "us-east-1", "ec2", "CreateRoute", DEV)
                .request("routeTableId", "rtb-0demo", "destinationCidrBlock", "0.0.0.0/0", "gatewayId", "igw-0demo"));
        // into prod through the organization's admin role
        Instant x = at(day, 1, 40, 0);
        String orgRole = "arn:aws:iam::" + PROD + ":role/OrganizationAccountAccessRole";
        add(new SyntheticEvent(x, backdoor, "us-east-1", "sts", "AssumeRole", PROD)
                .request("roleArn", orgRole, "roleSessionName", "backup")
                .resource(orgRole, "AWS::IAM::Role"));
        Principal inProd = Principal.role(
                PROD,
                "OrganizationAccountAccessRole",
                "backup",
                "ASIAEXAMPLEINTRUD003",
                ATTACKER_IP,
                "python-requests/2.31.0 Boto3/1.34.0",
                false);
        for (int i = 0; i < 40; i++) {
            add(new SyntheticEvent(
                            x.plusSeconds(300 + i * 4L), inProd, "us-east-1", "secretsmanager", "GetSecretValue", PROD)
                    .request("secretId", "prod/service-" + i + "/credentials"));
        }
        Instant y = x.plusSeconds(600);
        SyntheticEvent share = add(new SyntheticEvent(y, inProd, "us-east-1", "ec2", "ModifySnapshotAttribute", PROD));
        share.request = SyntheticEvent.JSON.objectNode();
        share.request.put("snapshotId", "snap-0demoorders");
        share.request.put("attributeType", "CREATE_VOLUME_PERMISSION");
        share.request
                .putObject("createVolumePermission")
                .putObject("add")
                .putArray("items")
                .addObject()
                .put("group", "all");
        add(new SyntheticEvent(y.plusSeconds(30), inProd, "us-east-1", "ec2", "ModifyImageAttribute", PROD)
                .request("imageId", "ami-0demoorders", "attributeType", "launchPermission", "group", "all"));
        add(new SyntheticEvent(y.plusSeconds(60), inProd, "us-east-1", "s3", "PutBucketPolicy", PROD)
                .request(
                        "bucketName",
                        "acme-prod-data",
                        "bucketPolicy",
                        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::acme-prod-data/*\"}]}")
                .resource("arn:aws:s3:::acme-prod-data", "AWS::S3::Bucket"));
        add(new SyntheticEvent(y.plusSeconds(70), inProd, "us-east-1", "s3", "DeleteBucketPublicAccessBlock", PROD)
                .request("bucketName", "acme-prod-data"));
        add(new SyntheticEvent(y.plusSeconds(120), inProd, "us-east-1", "kms", "ScheduleKeyDeletion", PROD)
                .request("keyId", "1234abcd-12ab-34cd-56ef-1234567890ab", "pendingWindowInDays", "7"));
        add(new SyntheticEvent(y.plusSeconds(130), inProd, "us-east-1", "kms", "DisableKey", PROD)
                .request("keyId", "1234abcd-12ab-34cd-56ef-1234567890ab"));
        add(new SyntheticEvent(y.plusSeconds(200), inProd, "us-east-1", "cloudtrail", "StopLogging", PROD)
                .request("name", "arn:aws:cloudtrail:us-east-1:" + MANAGEMENT + ":trail/org-trail"));
        add(new SyntheticEvent(y.plusSeconds(210), inProd, "us-east-1", "cloudtrail", "DeleteTrail", PROD)
                .request("name", "prod-local-trail"));
        add(new SyntheticEvent(y.plusSeconds(220), inProd, "us-east-1", "ec2", "DeleteFlowLogs", PROD)
                .request("flowLogId", "fl-0demo"));
        add(new SyntheticEvent(y.plusSeconds(300), inProd, "us-east-1", "s3", "DeleteBucket", PROD)
                .request("bucketName", "acme-prod-backups"));
        // the morning after: root signs in to dev without MFA; someone loosens the guard rails
        add(new SyntheticEvent(
                                at(day.plusDays(1), 6, 30, 0),
                                Principal.root(DEV, ATTACKER_IP),
                                "us-east-1",
                                "signin",
                                "ConsoleLogin",
                                DEV)
                        .response("ConsoleLogin", "Success")
                        .additional("MFAUsed", "No", "MobileVersion", "No"))
                .eventType = "AwsConsoleSignIn";
        add(new SyntheticEvent(
                        at(day.plusDays(1), 6, 35, 0),
                        BOB.from(ATTACKER_IP, Principal.CLI_AGENT),
                        "us-east-1",
                        "organizations",
                        "DetachPolicy",
                        MANAGEMENT)
                .request("policyId", "p-demoscp1", "targetId", "ou-demo-sandbox"));
        add(new SyntheticEvent(
                at(day.plusDays(1), 6, 40, 0),
                BOB.from(ATTACKER_IP, Principal.CLI_AGENT),
                "us-east-1",
                "organizations",
                "LeaveOrganization",
                MANAGEMENT));
        // on the way out: loud, noticed
        add(new SyntheticEvent(at(day.plusDays(1), 7, 0, 0), backdoor, "us-east-1", "iam", "DeleteUser", DEV)
                .request("userName", "dev-admin"));
    }
}
