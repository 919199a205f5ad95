package dev.xacct.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
        "us-east-1, aws",
        "ap-southeast-2, aws",
        "eu-central-2, aws",
        "il-central-1, aws",
        "mx-central-1, aws",
        "cn-north-1, aws-cn",
        "cn-northwest-1, aws-cn",
        "us-gov-west-1, aws-us-gov",
        "us-iso-east-1, aws-iso",
        "us-isob-east-1, aws-iso-b",
        "eu-isoe-west-1, aws-iso-e",
        "us-isof-south-1, aws-iso-f",
        "eusc-de-east-1, aws-eusc",
        "ap-southeast-10, aws"
    })
    void regionCodesOfEveryPartitionAreAccepted(String code, String partition) {
        assertThat(RegionCode.isValid(code)).isTrue();
        assertThat(RegionCode.of(code).partition()).isEqualTo(partition);
        assertThat(RegionCode.tryParse(code)).map(RegionCode::toString).contains(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "US-EAST-1",
                "us_east_1",
                "useast1",
                "us-east",
                "us-east-123",
                "aws-global",
                "CloudTrail-Digest",
                "us-east-1 "
            })
    void otherTextIsNotARegion(String text) {
        assertThat(RegionCode.isValid(text)).isFalse();
        assertThat(RegionCode.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> RegionCode.of(text)).hasMessageContaining("is not an AWS region code");
    }
}
