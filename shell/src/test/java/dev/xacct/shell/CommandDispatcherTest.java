package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

class CommandDispatcherTest {

    private final CommandRegistry registry = new CommandRegistry();
    private final StringWriter output = new StringWriter();
    private final CommandDispatcher dispatcher;

    CommandDispatcherTest() {
        register("templates", context -> context.outputWriter().print("listed"));
        register("template show", context -> {});
        register("template lint", context -> {});
        register("fails", context -> {
            throw new UserError("the bucket does not exist: check the name");
        });
        register("misused", context -> {
            throw new UsageError("give a bucket");
        });
        register("buggy", context -> {
            throw new IllegalStateException("boom");
        });
        register("linkage", context -> {
            throw new NoClassDefFoundError("com/example/Missing");
        });
        register("sdk", context -> {
            throw new UnsupportedOperationException("raw sdk text");
        });
        registry.registerCommand(Command.builder()
                .name("opts")
                .options(CommandOption.with()
                        .longName("format")
                        .type(String.class)
                        .build())
                .execute(context -> {}));
        ErrorTranslator sdkErrors = error -> error instanceof UnsupportedOperationException
                ? Optional.of("translated: the session expired; run 'use PROFILE' again")
                : Optional.empty();
        dispatcher = new CommandDispatcher(registry, List.of(sdkErrors));
    }

    private void register(
            String name, java.util.function.Consumer<org.springframework.shell.core.command.CommandContext> body) {
        registry.registerCommand(Command.builder().name(name).description(name).execute(body));
    }

    private Outcome run(String statement) {
        return dispatcher.execute(statement, new PrintWriter(output), new InputReader() {});
    }

    @Test
    void runsACommand() {
        assertThat(run("templates")).isInstanceOf(Outcome.Success.class);
        assertThat(output.toString()).isEqualTo("listed");
    }

    @Test
    void userErrorsFailWithTheirOwnMessage() {
        Outcome.Failure failure = (Outcome.Failure) run("fails");
        assertThat(failure.exitCode()).isEqualTo(ExitCode.COMMAND_FAILED);
        assertThat(failure.message()).isEqualTo("the bucket does not exist: check the name");
        assertThat(((Outcome.Failure) run("misused")).exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aBugOrALinkageErrorInACommandIsReportedNotThrown() {
        Outcome.Failure bug = (Outcome.Failure) run("buggy");
        assertThat(bug.message()).isEqualTo("unexpected IllegalStateException: boom (run with --debug for details)");
        assertThat(bug.cause()).isInstanceOf(IllegalStateException.class);
        Outcome.Failure linkage = (Outcome.Failure) run("linkage");
        assertThat(linkage.message()).contains("NoClassDefFoundError");
    }

    @Test
    void translatorsTurnLowerLayerErrorsIntoOneLine() {
        assertThat(((Outcome.Failure) run("sdk")).message()).startsWith("translated:");
    }

    @Test
    void unknownCommandsSuggestTheClosestNames() {
        Outcome.Failure failure = (Outcome.Failure) run("templtes");
        assertThat(failure.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(failure.message()).isEqualTo("unknown command 'templtes'; did you mean templates?");
    }

    @Test
    void aCommandGroupWithoutItsSubCommandListsThem() {
        Outcome.Failure failure = (Outcome.Failure) run("template");
        assertThat(failure.message()).isEqualTo("'template' needs a sub-command: template lint, template show");
    }

    @Test
    void unknownOptionsSuggestTheClosestOption() {
        Outcome.Failure failure = (Outcome.Failure) run("opts --fromat json");
        assertThat(failure.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(failure.message()).isEqualTo("unknown option --fromat for 'opts'; did you mean --format?");
    }

    @Test
    void helpOptionPrintsTheCommandsHelpInsteadOfRunningIt() {
        assertThat(run("fails --help")).isInstanceOf(Outcome.Success.class);
        assertThat(output.toString()).startsWith("fails — fails");
    }
}
