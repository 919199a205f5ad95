package dev.xacct.shell;

import dev.xacct.render.OutputFormat;
import dev.xacct.render.StatusLine;
import dev.xacct.render.Styles;
import dev.xacct.render.TerminalPrintWriter;
import dev.xacct.render.TerminalSafeWriter;
import dev.xacct.render.TerminalText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.jline.JLineInputReader;

/**
 * Wires the shell: Spring Shell's command model and completer over xacct's own parser,
 * dispatcher and console. Commands are the {@code @Command} methods of beans in
 * {@code dev.xacct.commands}; no classpath scan happens at run time beyond Spring's own.
 */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

    static final String COMMANDS_PACKAGE = "dev.xacct.commands";

    @Bean
    public static ConfigurableConversionService conversionService() {
        DefaultConversionService service = new DefaultConversionService();
        service.addConverter(String.class, OutputFormat.class, (Converter<String, OutputFormat>) OutputFormat::parse);
        return service;
    }

    /**
     * Options whose values are paths, by the name every command gives them: Tab completes files or
     * folders there, not the command's own words (template names).
     */
    @Bean
    public OptionDomains optionDomains(ObjectProvider<OptionDomain> declared) {
        List<OptionDomain> domains = new ArrayList<>(declared.orderedStream().toList());
        domains.addAll(pathDomains());
        return new OptionDomains(domains);
    }

    static List<OptionDomain> pathDomains() {
        List<OptionDomain> domains = new ArrayList<>();
        for (String option : List.of("out", "file", "evidence", "save-evidence", "policy", "policy-file")) {
            domains.add(OptionDomain.files(option));
        }
        for (String option : List.of("source", "dest", "folder")) {
            domains.add(OptionDomain.folders(option));
        }
        return domains;
    }

    @Bean
    public CommandRegistry commandRegistry(
            ConfigurableListableBeanFactory beans, ConfigurableConversionService conversions, OptionDomains domains) {
        CommandRegistry registry = new CommandRegistry();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type == null || !type.getPackageName().startsWith(COMMANDS_PACKAGE)) {
                continue;
            }
            Set<Method> methods =
                    MethodIntrospector.selectMethods(type, (org.springframework.util.ReflectionUtils.MethodFilter)
                            m -> m.isAnnotationPresent(Command.class));
            Object bean = null;
            for (Method method : methods) {
                bean = bean != null ? bean : beans.getBean(name);
                Command annotation = method.getAnnotation(Command.class);
                CompletionProvider completion = annotation.completionProvider().isEmpty()
                        ? null
                        : beans.getBean(annotation.completionProvider(), CompletionProvider.class);
                registry.registerCommand(
                        AnnotatedCommand.of(annotation, bean, method, conversions, domains, completion));
            }
        }
        return registry;
    }

    @Bean
    public CommandDispatcher commandDispatcher(CommandRegistry registry, ObjectProvider<ErrorTranslator> translators) {
        return new CommandDispatcher(registry, translators.orderedStream().toList());
    }

    @Bean
    public Styles styles(LaunchOptions options) {
        // colour only on a terminal: never in pipes and files
        boolean terminal = options.interactive() || TerminalStreams.stdoutIsTerminal();
        return new Styles(options.color() && terminal);
    }

    @Bean(destroyMethod = "close")
    @Lazy
    public Terminal terminal() {
        try {
            return TerminalBuilder.builder()
                    .name("xacct")
                    .system(true)
                    .dumb(true) // piped input gets a dumb terminal without JLine's warning
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
    }

    @Bean
    @Lazy
    public LineReader lineReader(Terminal terminal, CommandRegistry registry, OptionDomains domains) {
        Path history = historyFile();
        ShellLineReader reader = new ShellLineReader(terminal);
        reader.setParser(new ShellLineParser());
        reader.setCompleter(new CommandCompleter(registry, domains));
        reader.setHistory(new RedactingHistory(history));
        reader.setVariable(LineReader.HISTORY_FILE, history);
        reader.setVariable(LineReader.HISTORY_FILE_SIZE, 10_000);
        reader.setOpt(LineReader.Option.HISTORY_INCREMENTAL);
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION); // '!' is common in SQL and policies
        reader.unsetOpt(LineReader.Option.INSERT_TAB);
        reader.getHistory().attach(reader);
        return reader;
    }

    /**
     * Where a run writes and reads. On a terminal every byte passes through a
     * {@link TerminalSafeWriter}; to a file or a pipe, stdout is exact (csv, json stay byte for
     * byte) and every write is checked, so a full disk is an error, not a silent success.
     */
    @Bean
    public ShellIO shellIO(LaunchOptions options, Styles styles, ObjectProvider<LineReader> lineReader) {
        if (options.interactive()) {
            LineReader reader = lineReader.getObject();
            Terminal screen = reader.getTerminal();
            PrintWriter out = new TerminalPrintWriter(screen.writer(), true, screen::getWidth);
            return new ShellIO(out, out, new JLineInputReader(reader), styles, true, StatusLine.on(screen));
        }
        Writer stdout = new OutputStreamWriter(
                new CheckedOutputStream(new FileOutputStream(FileDescriptor.out), "standard output"),
                StandardCharsets.UTF_8);
        PrintWriter out = TerminalStreams.stdoutIsTerminal()
                ? new TerminalPrintWriter(stdout, false, TerminalStreams::stdoutColumns)
                : new PrintWriter(stdout, false);
        OutputStreamWriter stderr = new OutputStreamWriter(
                new CheckedOutputStream(new FileOutputStream(FileDescriptor.err), "standard error"),
                StandardCharsets.UTF_8);
        // errors are for people: always made visible, wherever they go; styled only on a terminal
        PrintWriter err = TerminalStreams.stderrIsTerminal()
                ? new TerminalPrintWriter(stderr, true)
                : new PrintWriter(new TerminalSafeWriter(stderr), true);
        StatusLine status = TerminalStreams.stderrIsTerminal()
                ? StatusLine.ansi(new PrintWriter(stderr, true), 80)
                : StatusLine.none(err);
        return new ShellIO(out, err, ONE_SHOT_INPUT, styles, false, status);
    }

    /**
     * One-shot runs ask their questions (an MFA code) through {@code session.Questions}, which
     * knows where an answer can come from (the terminal through stderr, one line of a piped stdin,
     * or none when the script itself is on stdin); the command's own reader asks nothing.
     */
    private static final InputReader ONE_SHOT_INPUT = new InputReader() {
        @Override
        public String readInput(String prompt) {
            throw new UserError("cannot ask '" + TerminalText.visible(prompt.strip())
                    + "' in a one-shot run; give the answer as an option");
        }

        @Override
        public char[] readPassword(String prompt) {
            return readInput(prompt).toCharArray();
        }
    };

    @Bean
    public ErrorReporter errorReporter(ShellIO io, LaunchOptions options) {
        return new ErrorReporter(io.err(), io.styles(), options.debug());
    }

    @Bean
    public ScriptRunner scriptRunner(CommandDispatcher dispatcher, ShellIO io, ErrorReporter errors) {
        return new ScriptRunner(dispatcher, io, errors);
    }

    @Bean
    @Lazy
    public Console console(
            LineReader reader,
            CommandDispatcher dispatcher,
            ShellIO io,
            ErrorReporter errors,
            ObjectProvider<PromptSource> prompt,
            ObjectProvider<BannerSource> banners,
            XacctVersion version) {
        PromptSource source = prompt.getIfAvailable(() -> () -> new AttributedString("xacct> ", AttributedStyle.BOLD));
        return new Console(
                reader, dispatcher, io, errors, source, banners.orderedStream().toList(), version.version());
    }

    @Bean
    public XacctVersion xacctVersion() {
        return XacctVersion.load();
    }

    /** {@code ~/.xacct/history}, private: the folder 0700 and the file 0600 before JLine first writes it. */
    static Path historyFile() {
        Path home = dev.xacct.XacctHome.path();
        Path history = home.resolve("history");
        try {
            PrivateFiles.folder(home);
            PrivateFiles.file(history);
        } catch (IOException e) {
            // History is a convenience; the shell still runs without it.
        }
        return history;
    }
}
