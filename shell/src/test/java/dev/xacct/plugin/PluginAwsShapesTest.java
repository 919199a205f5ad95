package dev.xacct.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.aws.AccountId;
import dev.xacct.aws.OrganizationId;
import dev.xacct.aws.RegionCode;
import dev.xacct.aws.S3Uri;
import dev.xacct.plugin.api.AwsShapes;
import dev.xacct.plugin.api.TableLocation;
import org.junit.jupiter.api.Test;

/**
 * The plugin SPI cannot use {@code dev.xacct.aws} (a plugin compiles against the SPI alone), so it
 * keeps the same shapes as text: a plugin's table accepts exactly the account ids, regions,
 * organization ids and buckets the shell does.
 */
class PluginAwsShapesTest {

    @Test
    void theSpisShapesAreTheShellsAwsVocabulary() {
        assertThat(AwsShapes.ACCOUNT_ID).isEqualTo(AccountId.PATTERN.pattern());
        assertThat(AwsShapes.REGION).isEqualTo(RegionCode.PATTERN.pattern());
        assertThat(AwsShapes.ORGANIZATION_ID).isEqualTo(OrganizationId.PATTERN.pattern());
        assertThat(AwsShapes.BUCKET).isEqualTo(S3Uri.BUCKET_NAME.pattern());
    }

    @Test
    void aTableLocationIsTheS3UriOfItsPrefix() {
        TableLocation location = new TableLocation("logs-bucket", "/alb/", "default");
        assertThat(location.url()).isEqualTo(S3Uri.of("logs-bucket", "alb/"));
        assertThat(S3Uri.parse(location.url())).isEqualTo(new S3Uri("logs-bucket", "alb/"));
    }
}
