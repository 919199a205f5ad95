package dev.xacct.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through the packaged CLI as a user runs it ({@code java -jar shell/target/xacct.jar -c …}),
 * against moto. Runs after packaging (failsafe runs {@code *IT}); skipped when the jar is absent.
 */
@ExtendWith(MotoServerExtension.class)
class SessionCommandsIT {

    /** moto accepts any keys: a distinctive secret lets the test look for it in every output. */
    private static final String SECRET = "XacctItSecretNeverShown/K7MDENG+bPxRfiCY";

    private record Run(int exitCode, String stdout, String stderr) {
    }

    private static Path jar() {
        for (Path candidate : new Path[] {Path.of("target/xacct.jar"), Path.of("shell/target/xacct.jar")}) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        return null;
    }

    private static Run xacct(AwsEmulator aws, Path home, String... args) throws Exception {
        Path jar = jar();
        assumeTrue(jar != null, "build the jar first: mvn -pl shell -am package");
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(aws.environment());
        builder.environment().put("AWS_SECRET_ACCESS_KEY", SECRET);
        builder.environment().put("XACCT_HOME", home.toString());
        builder.environment().put("AWS_CONFIG_FILE", home.resolve("no-aws-config").toString());
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", home.resolve("no-aws-credentials").toString());
        builder.environment().remove("AWS_PROFILE");
        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("xacct finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void assumeThenWhoamiPrintsTheRoleAccountAsOneJsonObject(AwsEmulator aws, @TempDir Path home) throws Exception {
        Run run = xacct(aws, home, "-c", "assume arn:aws:iam::111111111111:role/Admin; whoami --format json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode who = new ObjectMapper().readTree(run.stdout());
        assertThat(who.get("account").asText()).isEqualTo("111111111111");
        assertThat(who.get("arn").asText()).startsWith("arn:aws:sts::111111111111:assumed-role/Admin/");
        assertThat(who.get("userId").asText()).isNotEmpty();
        assertThat(who.get("region").asText()).isEqualTo("us-east-1");
        assertThat(who.get("source").asText()).isEqualTo("assumed from default");
        assertThat(who.get("expires").asText()).isNotEmpty();
        assertThat(run.stderr()).contains("now on 'Admin' (111111111111/Admin)");
        assertNoSecrets(run, home);
    }

    @Test
    void chainingSessionsAndMistakesThroughTheCli(AwsEmulator aws, @TempDir Path home) throws Exception {
        Run run = xacct(aws, home, "--debug", "-c",
                "assume 111111111111:Admin --as prod; assume 333333333333:Auditor --duration 2h; back; sessions --format json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode sessions = new ObjectMapper().readTree(run.stdout());
        assertThat(sessions).extracting(s -> s.get("alias").asText()).containsExactly("default", "prod", "Auditor");
        assertThat(sessions).extracting(s -> s.get("current").asBoolean()).containsExactly(false, true, false);
        assertThat(run.stderr()).contains("AWS caps a role assumed from role credentials (role chaining) at 1 hour");
        assertNoSecrets(run, home);

        Run typo = xacct(aws, home, "-c", "assume 111111111111:Admin --as prod; switch prd");
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.stderr()).contains("error: no session 'prd'; did you mean prod?");

        Run malformed = xacct(aws, home, "-c", "assume arn:aws:iam:111111111111:role/Admin");
        assertThat(malformed.exitCode()).isEqualTo(2);
        assertThat(malformed.stderr().strip()).isEqualTo("error: malformed role ARN 'arn:aws:iam:111111111111:role/Admin': "
                + "expected arn:aws:iam::111111111111:role/NAME");
    }

    private static void assertNoSecrets(Run run, Path home) throws Exception {
        String history = Files.exists(home.resolve("history")) ? Files.readString(home.resolve("history")) : "";
        for (String text : List.of(run.stdout(), run.stderr(), history)) {
            assertThat(text).doesNotContain(SECRET).doesNotContainIgnoringCase("secretAccessKey").doesNotContainIgnoringCase("sessionToken");
        }
    }
}
