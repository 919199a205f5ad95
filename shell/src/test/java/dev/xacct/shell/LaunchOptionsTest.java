package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void globalOptionsAndCommands() {
        LaunchOptions options = LaunchOptions.parse(
                new String[] {
                    "--profile",
                    "prod",
                    "--region=eu-west-1",
                    "--endpoint-url",
                    "http://127.0.0.1:5000",
                    "--debug",
                    "-c",
                    "whoami"
                },
                Map.of());
        assertThat(options.profile()).contains("prod");
        assertThat(options.region()).contains("eu-west-1");
        assertThat(options.endpointUrl()).contains("http://127.0.0.1:5000");
        assertThat(options.debug()).isTrue();
        assertThat(options.commands()).containsExactly("whoami");
        assertThat(options.interactive()).isFalse();
    }

    @Test
    void endpointAndColourComeFromTheEnvironmentToo() {
        LaunchOptions options = LaunchOptions.parse(
                new String[0], Map.of("AWS_ENDPOINT_URL", "http://localhost:4566", "NO_COLOR", "1"));
        assertThat(options.endpointUrl()).contains("http://localhost:4566");
        assertThat(options.color()).isFalse();
        assertThat(options.interactive()).isTrue();
        assertThat(LaunchOptions.parse(new String[] {"--no-color"}, Map.of()).color())
                .isFalse();
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        LaunchOptions options = LaunchOptions.parse(
                new String[] {"--endpoint-url", "http://a"}, Map.of("AWS_ENDPOINT_URL", "http://b"));
        assertThat(options.endpointUrl()).contains("http://a");
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--region"}, Map.of()))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("--region needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"-x"}, Map.of()))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("unknown option '-x'");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"-c", "version", "--file", "s"}, Map.of()))
                .isInstanceOf(UsageError.class);
    }
}
