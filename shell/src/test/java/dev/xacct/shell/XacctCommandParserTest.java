package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

class XacctCommandParserTest {

    private final CommandRegistry registry = new CommandRegistry();
    private final XacctCommandParser parser = new XacctCommandParser(registry);

    XacctCommandParserTest() {
        registry.registerCommand(command(
                "query run",
                CommandOption.with().longName("yes").type(boolean.class).build(),
                CommandOption.with().longName("param").type(List.class).build()));
        registry.registerCommand(command("query status"));
        registry.registerCommand(command("version"));
    }

    private static Command command(String name, CommandOption... options) {
        return Command.builder().name(name).options(options).execute(context -> {});
    }

    @Test
    void findsAMultiWordCommandAndABooleanFlagAtTheEnd() {
        ParsedInput parsed = parser.parse("query run cloudtrail/console-logins --param start=2025-03-06 --yes");
        assertThat(parsed.commandName()).isEqualTo("query");
        assertThat(parsed.subCommands()).containsExactly("run");
        assertThat(parsed.arguments()).extracting(CommandArgument::value).containsExactly("cloudtrail/console-logins");
        assertThat(parsed.options())
                .extracting(CommandOption::longName, CommandOption::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("param", "start=2025-03-06"),
                        org.assertj.core.groups.Tuple.tuple("yes", "true"));
    }

    @Test
    void optionValuesMayBeInlineOrNegativeNumbers() {
        ParsedInput parsed = parser.parse("query run t --param=a=1 --param -5");
        assertThat(parsed.options()).extracting(CommandOption::value).containsExactly("a=1", "-5");
    }

    @Test
    void everythingAfterDoubleDashIsAnArgument() {
        ParsedInput parsed = parser.parse("query run -- --not-an-option");
        assertThat(parsed.arguments()).extracting(CommandArgument::value).containsExactly("--not-an-option");
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        assertThatThrownBy(() -> parser.parse("query run t --param"))
                .isInstanceOf(UsageError.class)
                .hasMessage("option --param needs a value");
    }

    @Test
    void aPrefixOfACommandGroupIsKeptForTheDispatcherToExplain() {
        ParsedInput parsed = parser.parse("query");
        assertThat(parsed.commandName()).isEqualTo("query");
        assertThat(parsed.subCommands()).isEmpty();
    }
}
