package dev.xacct.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

class AwsErrorsTest {

    @ParameterizedTest
    @CsvSource({
        "ExpiredToken, EXPIRED_CREDENTIALS",
        "ExpiredTokenException, EXPIRED_CREDENTIALS",
        "RequestExpired, EXPIRED_CREDENTIALS",
        "TokenRefreshRequired, EXPIRED_CREDENTIALS",
        "InvalidClientTokenId, REJECTED_CREDENTIALS",
        "UnrecognizedClientException, REJECTED_CREDENTIALS",
        "SignatureDoesNotMatch, REJECTED_CREDENTIALS",
        "InvalidAccessKeyId, REJECTED_CREDENTIALS",
        "AccessDenied, ACCESS_DENIED",
        "AccessDeniedException, ACCESS_DENIED",
        "UnauthorizedOperation, ACCESS_DENIED",
        "Throttling, THROTTLING",
        "ThrottlingException, THROTTLING",
        "TooManyRequestsException, THROTTLING",
        "SlowDown, THROTTLING",
        "RequestLimitExceeded, THROTTLING",
        "NoSuchBucket, NOT_FOUND",
        "NoSuchKey, NOT_FOUND",
        "NoSuchEntity, NOT_FOUND",
        "ResourceNotFoundException, NOT_FOUND",
        "LimitExceededException, OTHER",
        "ValidationError, OTHER",
        "InvalidRequestException, OTHER"
    })
    void eachCodeHasOneKind(String code, AwsErrorKind kind) {
        assertThat(AwsErrors.kind(code)).isEqualTo(kind);
        assertThat(AwsErrors.kind(service(code))).isEqualTo(kind);
    }

    @Test
    void noListNamesACodeTwice() {
        var all = new java.util.ArrayList<String>();
        all.addAll(AwsErrors.EXPIRED_CREDENTIALS);
        all.addAll(AwsErrors.REJECTED_CREDENTIALS);
        all.addAll(AwsErrors.ACCESS_DENIED);
        all.addAll(AwsErrors.THROTTLING);
        all.addAll(AwsErrors.NOT_FOUND);
        assertThat(all).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(AwsErrorKind.class)
    void onlyExpiredOrRejectedCredentialsAreACredentialProblem(AwsErrorKind kind) {
        assertThat(kind.isCredentialProblem())
                .isEqualTo(kind == AwsErrorKind.EXPIRED_CREDENTIALS || kind == AwsErrorKind.REJECTED_CREDENTIALS);
    }

    @Test
    void theCodeIsFoundDownTheCauseChain() {
        RuntimeException wrapped = new CompletionException(new RuntimeException(service("AccessDenied")));
        assertThat(AwsErrors.code(wrapped)).contains("AccessDenied");
        assertThat(AwsErrors.message(wrapped)).contains("message of AccessDenied");
        assertThat(AwsErrors.kind(wrapped)).isEqualTo(AwsErrorKind.ACCESS_DENIED);
    }

    @Test
    void withoutAServiceAnswerThereIsNoCode() {
        assertThat(AwsErrors.code(SdkClientException.create("Unable to execute HTTP request")))
                .isEmpty();
        assertThat(AwsErrors.kind((String) null)).isEqualTo(AwsErrorKind.OTHER);
        AwsServiceException bodyless =
                AwsServiceException.builder().statusCode(403).message("403").build();
        assertThat(AwsErrors.code(bodyless)).isEmpty();
        assertThat(AwsErrors.message(bodyless)).isEmpty();
        assertThat(AwsErrors.serviceError(bodyless)).containsSame(bodyless);
    }

    private static AwsServiceException service(String code) {
        return AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage("message of " + code)
                        .build())
                .statusCode(400)
                .build();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(...)|true",
                "Failed to load credentials from IMDS.|true",
                "Unable to execute HTTP request: Connect timed out|false"
            })
    void missingCredentialsAreTheSdksOwnRefusalToSign(String message, boolean missing) {
        SdkClientException client = SdkClientException.create(message);
        assertThat(AwsErrors.isMissingCredentials(client)).isEqualTo(missing);
        assertThat(AwsErrors.isMissingCredentials(new CompletionException(client)))
                .isEqualTo(missing);
        assertThat(AwsErrors.isMissingCredentials(new IllegalStateException(message)))
                .isFalse();
    }
}
