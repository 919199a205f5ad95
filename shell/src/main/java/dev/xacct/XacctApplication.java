package dev.xacct;

import dev.xacct.render.TerminalText;
import dev.xacct.session.InterruptibleHttpService;
import dev.xacct.shell.Console;
import dev.xacct.shell.ExitCode;
import dev.xacct.shell.Interrupts;
import dev.xacct.shell.LaunchOptions;
import dev.xacct.shell.PrivateFiles;
import dev.xacct.shell.ScriptRunner;
import dev.xacct.shell.ShellIO;
import dev.xacct.shell.TerminalStreams;
import dev.xacct.shell.UsageError;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import sun.misc.Signal;

/**
 * Entry point. Reads the launch options, starts a small Spring context (no auto-configuration:
 * xacct wires what it uses), then runs the interactive console, or the one-shot commands
 * ({@code -c}, {@code --file}, or a script on stdin when stdin is not a terminal).
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ComponentScan
public class XacctApplication {

    /** After Ctrl-C, how long a one-shot run has to stop what it started before the process ends anyway. */
    private static final long GRACE_MS = 3000;

    public static void main(String[] args) {
        // A CLI keeps library chatter off the screen: warnings only, on stderr.
        System.setProperty(
                "org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        // Every HTTP client the AWS SDK builds on its own (inside credential providers) stops on
        // Ctrl-C and gives up on a silent endpoint, like those xacct builds.
        if (System.getProperty(InterruptibleHttpService.PROPERTY) == null) {
            System.setProperty(InterruptibleHttpService.PROPERTY, InterruptibleHttpService.class.getName());
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (UsageError e) {
            System.err.println("xacct: " + TerminalText.visible(e.getMessage()));
            System.exit(ExitCode.USAGE.code());
            return;
        }
        if (options.help()) {
            System.out.print(LaunchOptions.USAGE);
            System.out.flush();
            System.exit(System.out.checkError() ? ExitCode.COMMAND_FAILED.code() : ExitCode.OK.code());
        }
        if (options.interactive()) {
            options = options.withStdinScript(TerminalStreams.stdinIsTerminal());
        }
        System.exit(run(options).code());
    }

    static ExitCode run(LaunchOptions options) {
        SpringApplication application = new SpringApplication(XacctApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLazyInitialization(true);
        application.setRegisterShutdownHook(false);
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("launchOptions", options));
        privateHome();
        try (ConfigurableApplicationContext context = application.run()) {
            if (options.interactive()) {
                return context.getBean(Console.class).run();
            }
            onInterruptStop(Thread.currentThread());
            ScriptRunner runner = context.getBean(ScriptRunner.class);
            ExitCode code = options.script()
                    .map(runner::runFile)
                    .orElseGet(() -> options.stdinScript()
                            ? runner.runStdin(System.in)
                            : runner.runCommands(options.commands()));
            return flushed(context.getBean(ShellIO.class), code);
        }
    }

    /**
     * {@code ~/.xacct} holds account data (history, table locations, the Athena settings, pulled
     * logs and the columnar cache): it is created 0700, or narrowed to 0700, before any command
     * writes there, in every mode. If it cannot be, whatever writes there later says why.
     */
    private static void privateHome() {
        try {
            PrivateFiles.folder(XacctHome.path());
        } catch (java.io.IOException | RuntimeException e) {
            // a read-only home: commands that need it report the OS reason themselves
        }
    }

    /**
     * Ctrl-C in a one-shot run: the running command is interrupted and its network waits aborted,
     * so it stops what it started (Athena queries) and the run ends with 130. Should it not end
     * within {@link #GRACE_MS}, or on a second Ctrl-C, the process ends at once.
     */
    private static void onInterruptStop(Thread main) {
        try {
            Signal.handle(new Signal("INT"), signal -> {
                if (Interrupts.requested()) {
                    Runtime.getRuntime().halt(ExitCode.INTERRUPTED.code());
                }
                Interrupts.interrupt(main);
                Thread deadline = new Thread(() -> {
                    try {
                        main.join(GRACE_MS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (main.isAlive()) {
                        System.err.println("error: interrupted");
                        System.err.flush();
                        Runtime.getRuntime().halt(ExitCode.INTERRUPTED.code());
                    }
                });
                deadline.setDaemon(true);
                deadline.start();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no SIGINT on this platform: the JVM's default (end the process) stays
        }
    }

    /** Output still buffered is written before the exit code is decided: a failed flush fails the run. */
    private static ExitCode flushed(ShellIO io, ExitCode code) {
        try {
            io.out().flush();
            return code;
        } catch (RuntimeException e) {
            io.err().println("error: " + e.getMessage());
            io.err().flush();
            return code == ExitCode.OK ? ExitCode.COMMAND_FAILED : code;
        }
    }
}
