package dev.xacct.shell;

import dev.xacct.render.OutputFormat;
import dev.xacct.render.Styles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
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

    @Bean
    public CommandRegistry commandRegistry(
            ConfigurableListableBeanFactory beans, ConfigurableConversionService conversions) {
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
                registry.registerCommand(AnnotatedCommand.of(annotation, bean, method, conversions, completion));
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
        // System.console() exists only when stdin and stdout are both a terminal: no colour in pipes and files.
        return new Styles(options.color() && System.console() != null);
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
    public LineReader lineReader(Terminal terminal, CommandRegistry registry) {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("xacct")
                .completer(new CommandCompleter(registry))
                .history(new RedactingHistory())
                .variable(LineReader.HISTORY_FILE, historyFile())
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .build();
        reader.setOpt(LineReader.Option.HISTORY_INCREMENTAL);
        reader.setOpt(LineReader.Option.DISABLE_EVENT_EXPANSION); // '!' is common in SQL and policies
        reader.unsetOpt(LineReader.Option.INSERT_TAB);
        return reader;
    }

    @Bean
    public ShellIO shellIO(
            LaunchOptions options,
            Styles styles,
            ObjectProvider<LineReader> lineReader,
            ObjectProvider<Terminal> terminal) {
        if (options.interactive()) {
            LineReader reader = lineReader.getObject();
            PrintWriter out = reader.getTerminal().writer();
            return new ShellIO(out, out, new JLineInputReader(reader), styles, true);
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // One-shot runs open a terminal only if a command has to ask something (an MFA code).
        InputReader input = new InputReader() {
            @Override
            public String readInput(String prompt) {
                return LineReaderBuilder.builder()
                        .terminal(terminal.getObject())
                        .build()
                        .readLine(prompt);
            }

            @Override
            public char[] readPassword(String prompt) {
                return LineReaderBuilder.builder()
                        .terminal(terminal.getObject())
                        .build()
                        .readLine(prompt, '*')
                        .toCharArray();
            }
        };
        return new ShellIO(out, err, input, styles, false);
    }

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

    static Path historyFile() {
        Path home = dev.xacct.XacctHome.path();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            // History is a convenience; the shell still runs without it.
        }
        return home.resolve("history");
    }
}
