package dev.xacct;

import dev.xacct.shell.Console;
import dev.xacct.shell.ExitCode;
import dev.xacct.shell.LaunchOptions;
import dev.xacct.shell.ScriptRunner;
import dev.xacct.shell.UsageError;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * Entry point. Reads the launch options, starts a small Spring context (no auto-configuration:
 * xacct wires what it uses), then runs the interactive console or the one-shot commands.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ComponentScan
public class XacctApplication {

    public static void main(String[] args) {
        // A CLI keeps library chatter off the screen: warnings only, on stderr.
        System.setProperty(
                "org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (UsageError e) {
            System.err.println("xacct: " + e.getMessage());
            System.exit(ExitCode.USAGE.code());
            return;
        }
        if (options.help()) {
            System.out.print(LaunchOptions.USAGE);
            System.exit(ExitCode.OK.code());
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
        try (ConfigurableApplicationContext context = application.run()) {
            if (options.interactive()) {
                return context.getBean(Console.class).run();
            }
            ScriptRunner runner = context.getBean(ScriptRunner.class);
            return options.script().map(runner::runFile).orElseGet(() -> runner.runCommands(options.commands()));
        }
    }
}
