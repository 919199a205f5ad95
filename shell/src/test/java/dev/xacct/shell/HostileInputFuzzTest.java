package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.xacct.policy.InputFormatException;
import dev.xacct.policy.simulate.PolicySimulator;
import dev.xacct.query.service.EngineOption;
import dev.xacct.s3.authz.AuthorizationEngine;
import dev.xacct.s3.evidence.EvidenceReader;
import dev.xacct.s3.explain.AccessDeniedMessageParser;
import dev.xacct.s3.gather.OperationOption;
import dev.xacct.template.TemplateFormatException;
import dev.xacct.template.TemplateLoader;
import dev.xacct.template.TemplateParser;
import dev.xacct.testing.SharedFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Thousands of random and hostile inputs, from a fixed seed: command lines through the tokenizer,
 * the parser and the option binding of every real command; random bytes and mangled copies of real
 * files through the evidence, policy-request, template and AccessDenied-message readers. Each input
 * must give a result or one line that says what is wrong, never an exception's own text.
 */
class HostileInputFuzzTest {

    private static final long SEED = 13;
    private static final String[] HOSTILE = {
        "\"",
        "'",
        "\\",
        ";",
        "#",
        "--",
        "-",
        "=",
        "\n",
        "\t",
        "\r",
        "\u001b[2J",
        "\u001b]0;title\u0007",
        "\u009b31m",
        "\u0000",
        "\u007f",
        "\u202e",
        "\ud83d\ude00",
        "\ud800",
        "é",
        "--format",
        "json",
        "bogus",
        "--engine",
        "oracle",
        "--operation",
        "DeleteEverything",
        "--out",
        "/dev/full",
        "../../etc/passwd",
        "s3://",
        "s3://b/k",
        "arn:aws:iam::111111111111:role/x",
        "-1",
        "99999999999999999999",
        "1e309",
        "%s%n",
        "${jndi:x}",
        "*",
        "?",
        "~",
        "--param",
        "start=2025-06-19",
        "start=",
        "=x",
        "--help",
        "-h",
        "--mfa-code",
        "--duration",
        "999999999999h"
    };

    private static CommandRegistry registry;
    private static XacctCommandParser parser;

    @TempDir
    Path dir;

    @BeforeAll
    static void commands() {
        ConfigurableConversionService conversions = ShellConfiguration.conversionService();
        List<OptionDomain> domains = new ArrayList<>(ShellConfiguration.pathDomains());
        domains.add(new EngineOption().engineOptionDomain());
        domains.add(new OperationOption().operationOptionDomain());
        OptionDomains all = new OptionDomains(domains);
        registry = new CommandRegistry();
        try (Stream<Path> classes = Files.list(commandsFolder())) {
            for (Path source :
                    classes.filter(p -> p.toString().endsWith("Commands.java")).toList()) {
                String name = source.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("dev.xacct.commands." + name);
                for (Method method : type.getDeclaredMethods()) {
                    var annotation =
                            method.getAnnotation(org.springframework.shell.core.command.annotation.Command.class);
                    if (annotation != null) {
                        registry.registerCommand(AnnotatedCommand.of(annotation, null, method, conversions, all, null));
                    }
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        assertThat(registry.getCommandByName("s3 diagnose")).isNotNull();
        assertThat(registry.getCommandByName("help")).isNotNull();
        parser = new XacctCommandParser(registry);
    }

    private static Path commandsFolder() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shell/src/main/java/dev/xacct/commands");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            candidate = p.resolve("src/main/java/dev/xacct/commands");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find dev/xacct/commands from " + dir);
    }

    @Test
    void randomAndHostileCommandLinesGiveAResultOrOneClearLine() {
        Random random = new Random(SEED);
        List<String> names =
                registry.getCommands().stream().map(Command::getName).toList();
        for (int i = 0; i < 4000; i++) {
            String line = commandLine(random, names);
            List<String> statements;
            try {
                statements = CommandLineSyntax.statements(line);
            } catch (UserError e) {
                assertOneLine(line, e);
                continue;
            }
            for (String statement : statements) {
                bind(line, statement);
            }
        }
    }

    private static void bind(String line, String statement) {
        try {
            ParsedInput parsed = parser.parse(statement);
            String name = String.join(
                    " ",
                    Stream.concat(Stream.of(parsed.commandName()), parsed.subCommands().stream())
                            .toList());
            Command command = registry.getCommandByName(name);
            if (command instanceof AnnotatedCommand annotated) {
                annotated.arguments(new CommandContext(
                        parsed, registry, new PrintWriter(new StringWriter()), new InputReader() {}));
            }
        } catch (UserError e) {
            assertOneLine(line, e);
        } catch (RuntimeException e) {
            fail("command line " + visible(line) + " threw " + e, e);
        }
    }

    private static String commandLine(Random random, List<String> names) {
        StringBuilder line = new StringBuilder();
        if (random.nextInt(10) > 0) {
            line.append(names.get(random.nextInt(names.size()))).append(' ');
        }
        int words = random.nextInt(8);
        for (int w = 0; w < words; w++) {
            switch (random.nextInt(5)) {
                case 0 -> line.append(HOSTILE[random.nextInt(HOSTILE.length)]);
                case 1 -> line.append(randomText(random, 1 + random.nextInt(12)));
                case 2 -> {
                    Command command = registry.getCommandByName(names.get(random.nextInt(names.size())));
                    List<CommandOption> options = command.getOptions();
                    line.append(
                            options.isEmpty()
                                    ? "--x"
                                    : "--"
                                            + options.get(random.nextInt(options.size()))
                                                    .longName());
                }
                case 3 -> line.append(HOSTILE[random.nextInt(HOSTILE.length)]).append(randomText(random, 3));
                default -> line.append(random.nextInt(100) == 0 ? "w".repeat(20_000) : randomText(random, 5));
            }
            line.append(random.nextInt(6) == 0 ? "" : " ");
        }
        return line.toString();
    }

    @Test
    void randomBytesAndMangledFilesAsEvidenceGiveADiagnosisOrOneClearLine() throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedFolder.scenarios())) {
            files.filter(f -> f.toString().endsWith(".json")).sorted().limit(12).forEach(f -> seeds.add(read(f)));
        }
        fuzzFiles("evidence", seeds, 600, file -> new AuthorizationEngine().diagnose(EvidenceReader.read(file)));
    }

    @Test
    void randomBytesAndMangledFilesAsPolicyRequestsGiveADecisionOrOneClearLine() throws IOException {
        String request = """
                {"schema": "xacct.policy-request/v1",
                 "request": {"principal": "arn:aws:sts::222222222222:assumed-role/Reader/s", "action": "s3:GetObject",
                   "resource": "arn:aws:s3:::ct-bucket/AWSLogs/x.json.gz", "resourceAccount": "111111111111",
                   "context": {"aws:PrincipalOrgID": "o-bbbbbbbbbb", "aws:SourceIp": "10.0.0.1"}},
                 "identityPolicies": [{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*",
                   "Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"},"StringLike":{"aws:PrincipalOrgID":"o-*"}}}]}],
                 "resourcePolicy": {"Version":"2012-10-17","Statement":[{"Sid":"B","Effect":"Deny","NotPrincipal":{"AWS":"222222222222"},
                   "NotAction":"s3:List*","Resource":["arn:aws:s3:::ct-bucket/*"]}]}}
                """;
        fuzzFiles("policy request", List.of(request), 600, PolicySimulator::simulate);
    }

    @Test
    void randomBytesAndMangledTemplatesGiveATemplateOrOneClearLine() throws IOException {
        List<String> seeds = new ArrayList<>();
        Path shipped = dev.xacct.testing.XacctCli.repositoryRoot().resolve("templates/cloudtrail");
        try (Stream<Path> files = Files.list(shipped)) {
            files.filter(f -> f.toString().endsWith(".sql")).sorted().limit(8).forEach(f -> seeds.add(read(f)));
        }
        fuzzFiles("template", seeds, 600, file -> {
            try {
                TemplateParser.parse("fuzz", "t.sql", file.toString(), Files.readString(file));
            } catch (TemplateFormatException e) {
                assertOneLine(file.toString(), new UserError(e.getMessage()));
            } catch (IOException e) {
                throw FileErrors.cannotRead(file, e);
            }
        });
        // a pack folder whose pack.yaml is random: problems, never an exception
        Random random = new Random(SEED);
        for (int i = 0; i < 200; i++) {
            Path pack = Files.createDirectories(dir.resolve("pack" + i));
            Files.write(pack.resolve("pack.yaml"), mangle(random, "name: p\ntitle: P\ntemplates: [a.sql]\n"));
            Files.write(pack.resolve("a.sql"), mangle(random, seeds.get(0)));
            try {
                TemplateLoader.packDirectory(pack)
                        .problems()
                        .forEach(p -> assertOneLine(p.toString(), new UserError(p.message())));
            } catch (RuntimeException e) {
                fail(
                        "pack.yaml " + visible(Files.readString(pack.resolve("pack.yaml"), StandardCharsets.ISO_8859_1))
                                + " threw " + e,
                        e);
            }
        }
    }

    @Test
    void randomAccessDeniedMessagesAreReadOrRefusedWithoutAnException() {
        Random random = new Random(SEED);
        String real = "User: arn:aws:sts::222222222222:assumed-role/Reader/s is not authorized to perform: "
                + "s3:GetObject on resource: \"arn:aws:s3:::ct-bucket/x\" because no resource-based policy allows "
                + "the s3:GetObject action";
        for (int i = 0; i < 2000; i++) {
            String text = new String(mangle(random, real), StandardCharsets.UTF_8);
            try {
                AccessDeniedMessageParser.parse(text);
            } catch (UserError | InputFormatException e) {
                assertOneLine(text, e);
            } catch (RuntimeException e) {
                fail("message " + visible(text) + " threw " + e, e);
            }
        }
    }

    /** Feeds {@code count} files (random bytes, or a seed mangled) to {@code read}; only one-line refusals may come out. */
    private void fuzzFiles(String what, List<String> seeds, int count, Consumer<Path> read) throws IOException {
        Random random = new Random(SEED);
        for (int i = 0; i < count; i++) {
            byte[] bytes = i % 4 == 0
                    ? randomBytes(random)
                    : i % 4 == 1 ? nested(random) : mangle(random, seeds.get(random.nextInt(seeds.size())));
            Path file = dir.resolve(what.replace(' ', '-') + i + ".json");
            Files.write(file, bytes);
            try {
                read.accept(file);
            } catch (UserError | InputFormatException e) {
                assertOneLine(file.toString(), e);
            } catch (RuntimeException | StackOverflowError e) {
                fail(what + " file " + visible(new String(bytes, StandardCharsets.ISO_8859_1)) + " threw " + e, e);
            } finally {
                Files.delete(file);
            }
        }
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(3000)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** JSON nested deeper than any reader should follow, arrays or objects. */
    private static byte[] nested(Random random) {
        int depth = 500 + random.nextInt(2000);
        boolean arrays = random.nextBoolean();
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        return (open.repeat(depth) + "1" + close.repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    /** A real file with a few hostile edits: characters cut, hostile text put in, values swapped for other types. */
    private static byte[] mangle(Random random, String seed) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && !text.isEmpty(); e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                case 1 -> text.insert(at, HOSTILE[random.nextInt(HOSTILE.length)]);
                case 2 ->
                    text.insert(
                            at,
                            List.of("null", "[]", "{}", "1", "true", "\"\"", "-0", "[[[]]]")
                                    .get(random.nextInt(8)));
                case 3 -> text.setCharAt(at, (char) random.nextInt(0x250));
                case 4 -> text.insert(at, "\"" + randomText(random, 20) + "\"");
                default -> text.replace(at, Math.min(text.length(), at + 8), ",");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.append(
                    kind < 6
                            ? (char) ('a' + random.nextInt(26))
                            : kind < 8 ? (char) random.nextInt(0x80) : (char) random.nextInt(0x3000));
        }
        return text.toString();
    }

    /** What the user sees of the error ({@link ErrorReporter}): one line, and no exception's text in it. */
    private static void assertOneLine(String input, RuntimeException e) {
        String message = ErrorReporter.oneLine(SecretRedactor.redact(e.getMessage()));
        assertThat(message).as("the message for %s", visible(input)).isNotBlank();
        assertThat(message).as("the message for %s", visible(input)).doesNotContain("Exception", "java.", "\tat ");
        assertThat(message.lines().count())
                .as("lines in the message for %s: %s", visible(input), message)
                .isEqualTo(1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String visible(String text) {
        String shown = dev.xacct.render.TerminalText.visible(text);
        return shown.length() > 300 ? shown.substring(0, 300) + "…" : shown;
    }
}
