package dev.xacct.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArnsTest {

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                // arn, partition, service, region, account, type, name
                "arn:aws:iam::111111111111:role/Admin, aws, iam, -, 111111111111, role, Admin",
                "arn:aws:iam::111111111111:role/team/ops/Admin, aws, iam, -, 111111111111, role, Admin",
                "arn:aws:sts::111111111111:assumed-role/Admin/alice, aws, sts, -, 111111111111, assumed-role, alice",
                "arn:aws:iam::111111111111:user/bob, aws, iam, -, 111111111111, user, bob",
                "arn:aws:iam::111111111111:root, aws, iam, -, 111111111111, -, root",
                "arn:aws:iam::aws:policy/AdministratorAccess, aws, iam, -, -, policy, AdministratorAccess",
                "arn:aws:s3:::bucket, aws, s3, -, -, -, bucket",
                "arn:aws:s3:::bucket/a/key.json, aws, s3, -, -, -, key.json",
                "arn:aws-cn:kms:cn-north-1:222222222222:key/abcd, aws-cn, kms, cn-north-1, 222222222222, key, abcd",
                "arn:aws-us-gov:s3:us-gov-west-1:333333333333:accesspoint/ap1, aws-us-gov, s3, us-gov-west-1,"
                        + " 333333333333, accesspoint, ap1",
                "arn:aws:lambda:us-east-1:111111111111:function:f, aws, lambda, us-east-1, 111111111111, function, f"
            })
    void thePartsOfAnArn(
            String arn, String partition, String service, String region, String account, String type, String name) {
        assertThat(Arns.isArn(arn)).isTrue();
        assertThat(Arns.partition(arn)).contains(partition);
        assertThat(Arns.service(arn)).contains(service);
        assertThat(Arns.region(arn)).isEqualTo(Optional.ofNullable(region));
        assertThat(Arns.accountId(arn)).isEqualTo(Optional.ofNullable(account));
        assertThat(Arns.resourceType(arn)).isEqualTo(Optional.ofNullable(type));
        assertThat(Arns.resourceName(arn)).contains(name);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Admin", "111111111111:Admin", "arn:aws:s3", "arn:aws:iam::111111111111:", "role/R"})
    void textThatIsNotAnArnGivesNothingAndNeverThrows(String text) {
        assertThat(Arns.isArn(text)).isFalse();
        assertThat(Arns.parse(text)).isEmpty();
        assertThat(Arns.accountId(text)).isEmpty();
        assertThat(Arns.roleName(text)).isEmpty();
        assertThat(Arns.roleArnOfSession(text)).isEmpty();
        assertThat(Arns.isAssumedRole(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                // arn, role name, session name, role ARN of the session
                "arn:aws:iam::111111111111:role/Admin, Admin, -, -",
                "arn:aws:iam::111111111111:role/team/Admin, Admin, -, -",
                "arn:aws:sts::111111111111:assumed-role/Admin/alice, Admin, alice,"
                        + " arn:aws:iam::111111111111:role/Admin",
                "arn:aws-cn:sts::222222222222:assumed-role/Reader/i-0abc, Reader, i-0abc,"
                        + " arn:aws-cn:iam::222222222222:role/Reader",
                "arn:aws:iam::111111111111:user/bob, -, -, -",
                "arn:aws:sts::111111111111:federated-user/bob, -, -, -",
                "arn:aws:iam::111111111111:role/, -, -, -"
            })
    void rolesAndTheirSessions(String arn, String roleName, String session, String roleArn) {
        assertThat(Arns.roleName(arn)).isEqualTo(Optional.ofNullable(roleName));
        assertThat(Arns.sessionName(arn)).isEqualTo(Optional.ofNullable(session));
        assertThat(Arns.roleArnOfSession(arn)).isEqualTo(Optional.ofNullable(roleArn));
        assertThat(Arns.isAssumedRole(arn)).isEqualTo(session != null);
    }

    @ParameterizedTest
    @CsvSource({
        "aws, 111111111111, /, Admin, arn:aws:iam::111111111111:role/Admin",
        "aws, 111111111111, /team/, Admin, arn:aws:iam::111111111111:role/team/Admin",
        "aws-cn, 222222222222, '', R, arn:aws-cn:iam::222222222222:role/R"
    })
    void roleArnsAreBuiltWithTheirPath(String partition, String account, String path, String name, String arn) {
        assertThat(Arns.role(partition, account, path, name)).isEqualTo(arn);
        assertThat(Arns.isRole(arn)).isTrue();
        assertThat(Arns.roleName(arn)).contains(name);
    }

    @ParameterizedTest
    @CsvSource({"aws, 111111111111, arn:aws:iam::111111111111:root", "aws-us-gov, 1, arn:aws-us-gov:iam::1:root"})
    void accountRoots(String partition, String account, String arn) {
        assertThat(Arns.root(partition, account)).isEqualTo(arn);
    }

    @ParameterizedTest
    @CsvSource({
        "arn:aws:iam::111111111111:role/Admin, /",
        "arn:aws:iam::111111111111:role/team/ops/Admin, /team/ops/",
        "arn:aws:sts::111111111111:assumed-role/Admin/s, ",
        "arn:aws:iam::111111111111:user/team/u, ",
        "Admin, "
    })
    void thePathOfARole(String arn, String path) {
        assertThat(Arns.rolePath(arn)).isEqualTo(Optional.ofNullable(path));
    }

    @Test
    void resourceArnsAreBuiltInTheirPartitionAndReadBack() {
        String bucket = Arns.s3Bucket("aws-cn", "logs");
        String object = Arns.s3Object("aws", "logs", "a/b.txt");
        String key = Arns.kmsKey("aws", "eu-west-1", "111111111111", "k-1");
        String session = Arns.assumedRole("aws-us-gov", "222222222222", "Admin", "xacct");

        assertThat(bucket).isEqualTo("arn:aws-cn:s3:::logs");
        assertThat(Arns.resourceName(bucket)).contains("logs");
        assertThat(object).isEqualTo("arn:aws:s3:::logs/a/b.txt");
        assertThat(key).isEqualTo("arn:aws:kms:eu-west-1:111111111111:key/k-1");
        assertThat(Arns.resourceType(key)).contains("key");
        assertThat(Arns.accountId(key)).contains("111111111111");
        assertThat(session).isEqualTo("arn:aws-us-gov:sts::222222222222:assumed-role/Admin/xacct");
        assertThat(Arns.roleArnOfSession(session)).contains("arn:aws-us-gov:iam::222222222222:role/Admin");
    }
}
