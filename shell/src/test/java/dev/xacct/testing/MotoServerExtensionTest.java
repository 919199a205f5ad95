package dev.xacct.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

@ExtendWith(MotoServerExtension.class)
class MotoServerExtensionTest {

    private static S3Client s3(AwsEmulator aws) {
        return S3Client.builder()
                .endpointOverride(aws.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(aws.credentials())
                .forcePathStyle(true)
                .build();
    }

    @Test
    void answersAsAwsWouldWithTheFakeIdentity(AwsEmulator aws) {
        try (StsClient sts = StsClient.builder()
                .endpointOverride(aws.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(aws.credentials())
                .build()) {
            assertThat(sts.getCallerIdentity().account()).isEqualTo(AwsEmulator.DEFAULT_ACCOUNT);
        }
    }

    @Test
    void resetForgetsWhatAnEarlierTestCreated(AwsEmulator aws) {
        try (S3Client s3 = s3(aws)) {
            s3.createBucket(b -> b.bucket("left-behind"));
            assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains("left-behind");
            aws.reset();
            assertThat(s3.listBuckets().buckets()).isEmpty();
        }
    }
}
