package dev.xacct.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sts.model.StsException;

/** The pieces the shell shows: completion, error lines, banner. No AWS. */
class SessionShellPartsTest {

    private static final AwsSettings NOTHING = new AwsSettings(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of(
                    "AWS_CONFIG_FILE",
                    "/nonexistent/config",
                    "AWS_SHARED_CREDENTIALS_FILE",
                    "/nonexistent/credentials"));

    @Test
    void completesNamesForTheArgumentButNotForOptionValues() {
        CompletionProvider provider = SessionCompletions.arguments(() -> List.of("prod", "audit"), "session");
        List<CompletionProposal> names =
                provider.apply(new CompletionContext(List.of("switch", "pr"), 1, 2, null, null));
        assertThat(names).extracting(CompletionProposal::value).containsExactly("prod", "audit");
        CommandOption as = CommandOption.with().longName("as").build();
        assertThat(provider.apply(new CompletionContext(List.of("assume", "--as", ""), 2, 0, null, as)))
                .isEmpty();
        assertThat(provider.apply(new CompletionContext(List.of("assume", "--"), 1, 2, null, null)))
                .isEmpty();
    }

    @Test
    void noCredentialsSaysHowToConfigureThem() {
        SessionErrorTranslator translator = new SessionErrorTranslator(NOTHING);
        Optional<String> line = translator.translate(SdkClientException.create(
                "Unable to load credentials from any of the providers in the chain AwsCredentialsProviderChain(...)"));
        assertThat(line).contains(SessionErrorTranslator.NO_CREDENTIALS);
        assertThat(line.get()).contains("aws configure").contains("--profile");
    }

    @Test
    void expiredCredentialsAreOneActionableLine() {
        StsException expired = (StsException) StsException.builder()
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ExpiredToken")
                        .errorMessage("The security token included in the request is expired")
                        .build())
                .build();
        assertThat(new SessionErrorTranslator(NOTHING).translate(expired).orElseThrow())
                .startsWith("the current session's credentials have expired (ExpiredToken)");
    }

    @Test
    void theBannerSaysWhichIdentityWithoutCallingAws() {
        assertThat(new SessionBanner(NOTHING).lines().get(0)).startsWith("AWS identity: none found");
        AwsSettings profile = AwsSettings.of(
                Optional.empty(),
                Optional.empty(),
                Optional.of("http://127.0.0.1:4566"),
                Map.of("AWS_PROFILE", "prod"));
        assertThat(new SessionBanner(profile).lines())
                .containsExactly(
                        "AWS identity: profile prod (asked for on first use; 'whoami' shows it).",
                        "AWS endpoint: http://127.0.0.1:4566 (every service)");
        assertThat(profile.endpoint()).contains(URI.create("http://127.0.0.1:4566"));
    }
}
