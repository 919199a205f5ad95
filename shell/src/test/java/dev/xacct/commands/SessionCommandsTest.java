package dev.xacct.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xacct.render.OutputFormat;
import dev.xacct.render.Styles;
import dev.xacct.session.AccountChecker;
import dev.xacct.session.AwsClients;
import dev.xacct.session.AwsSettings;
import dev.xacct.session.ProfileCatalog;
import dev.xacct.session.SessionManager;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.UsageError;
import dev.xacct.testing.AwsEmulator;
import dev.xacct.testing.MotoServerExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import software.amazon.awssdk.profiles.ProfileFile;

/** The session commands as the shell calls them, against moto: what they print, in which shape. */
@ExtendWith(MotoServerExtension.class)
class SessionCommandsTest {

    private final ObjectMapper json = new ObjectMapper();
    private StringWriter stdout;
    private StringWriter stderr;
    private SessionCommands commands;
    private AccountCommands accounts;

    @BeforeEach
    void setUp(AwsEmulator aws) {
        AwsSettings settings =
                new AwsSettings(Optional.empty(), Optional.of("us-east-1"), Optional.of(aws.endpoint()), Map.of());
        ProfileCatalog none = new ProfileCatalog(() -> ProfileFile.builder()
                .content("")
                .type(ProfileFile.Type.CONFIGURATION)
                .build());
        AwsClients clients = new AwsClients(Optional.of(aws.endpoint()));
        SessionManager sessions = new SessionManager(
                settings,
                none,
                clients,
                (serial, purpose) -> {
                    throw new AssertionError("no MFA here");
                },
                aws::credentials);
        stdout = new StringWriter();
        stderr = new StringWriter();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("sessions", sessions);
        beans.registerSingleton(
                "io",
                new ShellIO(new PrintWriter(stdout, true), new PrintWriter(stderr, true), null, Styles.plain(), false));
        beans.registerSingleton("checker", new AccountChecker(clients));
        commands =
                new SessionCommands(beans.getBeanProvider(SessionManager.class), beans.getBeanProvider(ShellIO.class));
        accounts = new AccountCommands(
                beans.getBeanProvider(SessionManager.class), beans.getBeanProvider(AccountChecker.class));
    }

    private CommandContext context() {
        return new CommandContext(
                ParsedInput.builder().commandName("x").build(),
                new CommandRegistry(),
                new PrintWriter(stdout, true),
                null);
    }

    private String takeStdout() {
        String text = stdout.toString();
        stdout.getBuffer().setLength(0);
        return text;
    }

    @Test
    void whoamiAsJsonIsOneObjectWithTheContractFields() throws Exception {
        commands.assume(context(), "arn:aws:iam::111111111111:role/Admin", "prod", null, null, null, null, null, null);
        assertThat(takeStdout()).isEmpty(); // the confirmation goes to stderr
        assertThat(stderr.toString()).contains("now on 'prod' (111111111111/Admin)");

        commands.whoami(context(), OutputFormat.JSON);

        JsonNode who = json.readTree(takeStdout());
        assertThat(who.isObject()).isTrue();
        assertThat(who.get("account").asText()).isEqualTo("111111111111");
        assertThat(who.get("arn").asText()).contains(":assumed-role/Admin/");
        assertThat(who.get("userId").asText()).isNotEmpty();
        assertThat(who.get("region").asText()).isEqualTo("us-east-1");
        assertThat(who.get("source").asText()).isEqualTo("assumed from default");
        assertThat(who.get("expires").asText()).matches("\\d{4}-.*Z");
        assertThat(who.get("accessKeyId").asText()).matches("[A-Z0-9]{4}…[A-Z0-9]{4}");
    }

    @Test
    void sessionsAsJsonIsAnArrayMarkingTheCurrentOne() throws Exception {
        commands.assume(context(), "111111111111:Admin", "prod", null, null, null, null, null, null);
        commands.assume(context(), "333333333333:Auditor", "audit", null, null, null, "2h", null, null);
        assertThat(stderr.toString()).contains("note: AWS caps a role assumed from role credentials");
        commands.back(context());

        commands.sessions(context(), OutputFormat.JSON);

        JsonNode list = json.readTree(takeStdout());
        assertThat(list.isArray()).isTrue();
        assertThat(list).extracting(n -> n.get("alias").asText()).containsExactly("default", "prod", "audit");
        assertThat(list).extracting(n -> n.get("current").asBoolean()).containsExactly(false, true, false);
        assertThat(list.get(2).get("account").asText()).isEqualTo("333333333333");
        assertThat(list.get(2).get("arn").asText()).contains(":assumed-role/Auditor/");
        assertThat(list.get(2).has("region")).isTrue();
        assertThat(list.get(2).get("expires").asText()).isNotEmpty();
    }

    @Test
    void sessionsAsATableShowsTheCurrentMarkerAndTimeLeft() {
        commands.assume(context(), "111111111111:Admin", "prod", null, null, null, null, null, null);
        commands.switchTo(context(), "default");
        commands.forget(context(), "prod");
        commands.assume(context(), "111111111111:Admin", null, null, null, null, null, null, null);

        commands.sessions(context(), OutputFormat.TABLE);

        String table = takeStdout();
        assertThat(table).contains("alias").contains("expires in");
        assertThat(table).containsPattern("\\*\\s+\\|\\s+Admin\\s+\\|\\s+111111111111");
        assertThat(table).doesNotContain("prod");
        assertThat(table).containsPattern("\\|\\s+5\\dm");
    }

    @Test
    void badInputIsOneLineWithTheExpectedShape() {
        assertThatThrownBy(() -> commands.assume(
                        context(), "arn:aws:iam::1111:role/Admin", null, null, null, null, null, null, null))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("expected 12 digits");
        assertThatThrownBy(() ->
                        commands.assume(context(), "111111111111:Admin", null, null, null, "123456", null, null, null))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("--mfa-code needs --mfa-serial");
        assertThatThrownBy(() ->
                        commands.assume(context(), "111111111111:Admin", null, null, null, null, "5m", null, null))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("15m to 12h");
        assertThatThrownBy(() -> commands.use(context(), "prod", null)).hasMessageContaining("no profile 'prod'");
    }

    @Test
    void accountsListsTheOrganizationAndChecksARole(AwsEmulator aws) throws Exception {
        try (var org = software.amazon.awssdk.services.organizations.OrganizationsClient.builder()
                .endpointOverride(aws.endpoint())
                .region(AwsEmulator.REGION)
                .credentialsProvider(aws.credentials())
                .build()) {
            org.createOrganization(b -> b.featureSet("ALL"));
            org.createAccount(b -> b.accountName("logs").email("logs@example.com"));
        }
        accounts.accounts(context(), "OrganizationAccountAccessRole", true, 8, OutputFormat.JSON);

        JsonNode rows = json.readTree(takeStdout());
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> r.get("name").asText()).contains("logs");
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.get("reachable").asBoolean()).isTrue());
        assertThatThrownBy(() -> accounts.accounts(context(), null, true, 8, OutputFormat.TABLE))
                .isInstanceOf(UsageError.class)
                .hasMessageContaining("--role-name");
    }
}
