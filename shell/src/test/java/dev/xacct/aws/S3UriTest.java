package dev.xacct.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class S3UriTest {

    @ParameterizedTest
    @CsvSource({
        "s3://trail-logs, trail-logs, '', s3://trail-logs",
        "s3://trail-logs/, trail-logs, '', s3://trail-logs",
        "s3://trail-logs/AWSLogs/o-abcde12345/, trail-logs, AWSLogs/o-abcde12345/,"
                + " s3://trail-logs/AWSLogs/o-abcde12345/",
        "s3://b.with.dots/a/b/c.json.gz, b.with.dots, a/b/c.json.gz, s3://b.with.dots/a/b/c.json.gz",
        "s3://abc/ key with spaces, abc, ' key with spaces', s3://abc/ key with spaces"
    })
    void bucketAndKey(String text, String bucket, String key, String shown) {
        S3Uri uri = S3Uri.parse(text);
        assertThat(uri.bucket()).isEqualTo(bucket);
        assertThat(uri.key()).isEqualTo(key);
        assertThat(uri).hasToString(shown);
        assertThat(S3Uri.tryParse(text)).contains(uri);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "trail-logs", "https://trail-logs/x", "S3://trail-logs", "arn:aws:s3:::trail-logs"})
    void withoutTheSchemeItIsNotAnS3Uri(String text) {
        assertThatThrownBy(() -> S3Uri.parse(text)).hasMessageEndingWith("is not an S3 URI");
        assertThat(S3Uri.tryParse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"s3://", "s3:///key", "s3://ab/key", "s3://Upper/key", "s3://-dash/key", "s3://dash-/k"})
    void theBucketMustFollowS3sNamingRule(String text) {
        assertThatThrownBy(() -> S3Uri.parse(text)).hasMessageEndingWith("has no valid bucket name");
        assertThat(S3Uri.tryParse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"abc, true", "a-b.c, true", "ab, false", "a_b_c, false", "'', false"})
    void bucketNames(String name, boolean valid) {
        assertThat(S3Uri.isBucketName(name)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"bkt, key, s3://bkt/key", "bkt, '', s3://bkt/", "bkt, a/b/, s3://bkt/a/b/"})
    void writingAnUri(String bucket, String key, String uri) {
        assertThat(S3Uri.of(bucket, key)).isEqualTo(uri);
        assertThat(new S3Uri(bucket, "x").withKey(key).key()).isEqualTo(key);
    }
}
