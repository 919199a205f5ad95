package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.render.OutputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionProposal;

/** Completion sees the words the command will get: one tokenizer, and option values from their domain. */
class ShellLineParserTest {

    @TempDir
    Path dir;

    private final ShellLineParser parser = new ShellLineParser();

    private ParsedLine parse(String line) {
        return parser.parse(line, line.length(), Parser.ParseContext.COMPLETE);
    }

    @Test
    void completesTheStatementTheCursorIsInUnquotedAsTheCommandGetsIt() {
        ParsedLine line = parse("version; s3 d");
        assertThat(line.words()).containsExactly("s3", "d");
        assertThat(line.wordIndex()).isEqualTo(1);
        assertThat(line.word()).isEqualTo("d");

        ParsedLine quoted = parse("sql \"SELECT 1\" --out \"my fi");
        assertThat(quoted.words()).containsExactly("sql", "SELECT 1", "--out", "my fi");
        assertThat(quoted.wordCursor()).isEqualTo(5);
        assertThat(((CompletingParsedLine) quoted).rawWordLength()).isEqualTo(6);
        assertThat(((CompletingParsedLine) quoted).escape("my file.csv", true)).hasToString("\"my file.csv\"");

        ParsedLine fresh = parse("query run ");
        assertThat(fresh.words()).containsExactly("query", "run", "");
        assertThat(fresh.wordIndex()).isEqualTo(2);
        assertThat(((CompletingParsedLine) fresh).escape("a b;c", true)).hasToString("a\\ b\\;c");
    }

    @Test
    void optionValuesCompleteFromTheirDomainNotFromTheCommandsOwnWords() throws Exception {
        CommandRegistry registry = new CommandRegistry();
        registry.registerCommand(Command.builder()
                .name("query run")
                .description("run")
                .options(
                        option("format", OutputFormat.class),
                        option("engine", String.class),
                        option("out", String.class),
                        option("source", String.class))
                .completionProvider(context -> List.of(new CompletionProposal("cloudtrail/console-logins")))
                .execute(context -> {}));
        OptionDomains domains = new OptionDomains(List.of(
                OptionDomain.words("engine", () -> List.of("athena", "local")),
                OptionDomain.files("out"),
                OptionDomain.folders("source")));
        CommandCompleter completer = new CommandCompleter(registry, domains);
        Files.createDirectories(dir.resolve("logs"));
        Files.writeString(dir.resolve("last.csv"), "");

        assertThat(complete(completer, "query run x --format "))
                .contains("table", "json", "csv")
                .hasSize(6);
        assertThat(complete(completer, "query run x --engine l")).containsExactly("local");
        assertThat(complete(completer, "query run x --out " + dir + "/l"))
                .containsExactly(dir + "/last.csv", dir + "/logs/");
        assertThat(complete(completer, "query run x --source " + dir + "/")).containsExactly(dir + "/logs/");
        assertThat(complete(completer, "query run ")).containsExactly("cloudtrail/console-logins");
    }

    private List<String> complete(CommandCompleter completer, String line) {
        List<Candidate> candidates = new ArrayList<>();
        completer.complete(null, parse(line), candidates);
        return candidates.stream().map(Candidate::value).toList();
    }

    private static CommandOption option(String name, Class<?> type) {
        return CommandOption.with().longName(name).type(type).build();
    }
}
