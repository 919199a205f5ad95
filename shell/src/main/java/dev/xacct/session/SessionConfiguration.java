package dev.xacct.session;

import dev.xacct.shell.BannerSource;
import dev.xacct.shell.ErrorTranslator;
import dev.xacct.shell.LaunchOptions;
import dev.xacct.shell.PromptSource;
import dev.xacct.shell.ShellIO;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * Wires the session layer. Every bean is cheap to construct and calls nothing: the base session,
 * STS and every SDK client are built on the first command that needs AWS.
 */
@Configuration(proxyBeanMethods = false)
public class SessionConfiguration {

    @Bean
    public AwsSettings awsSettings(LaunchOptions options) {
        return AwsSettings.of(options.profile(), options.region(), options.endpointUrl(), System.getenv());
    }

    @Bean(destroyMethod = "close")
    public AwsClients awsClients(AwsSettings settings) {
        return new AwsClients(settings.explicitEndpoint(), settings.profile());
    }

    @Bean
    public ProfileCatalog profileCatalog() {
        return ProfileCatalog.defaultFiles();
    }

    @Bean
    public Questions questions(ObjectProvider<ShellIO> io, LaunchOptions options) {
        return new Questions(io, options::stdinScript);
    }

    @Bean
    public MfaCodeSource mfaCodeSource(Questions questions) {
        return new ShellMfaCodeSource(questions);
    }

    @Bean
    public Browser browser(AwsSettings settings) {
        return new Browser(settings.env());
    }

    @Bean
    public SessionManager sessionManager(
            AwsSettings settings,
            ProfileCatalog profiles,
            AwsClients clients,
            MfaCodeSource mfa,
            ObjectProvider<ShellIO> io) {
        SessionManager sessions = new SessionManager(settings, profiles, clients, mfa, null);
        sessions.setNoteSink(note -> {
            ShellIO shell = io.getIfAvailable();
            if (shell != null) {
                shell.err().println("note: " + note);
                shell.err().flush();
            }
        });
        return sessions;
    }

    @Bean
    public ConsoleSignIn consoleSignIn(AwsSettings settings) {
        return new ConsoleSignIn(settings.env());
    }

    @Bean
    public AccountChecker accountChecker(AwsClients clients) {
        return new AccountChecker(clients);
    }

    @Bean
    public PromptSource sessionPrompt(ObjectProvider<SessionManager> sessions, AwsSettings settings) {
        return new SessionPrompt(sessions, settings, Clock.systemUTC());
    }

    @Bean
    public BannerSource sessionBanner(AwsSettings settings) {
        return new SessionBanner(settings);
    }

    /** First: a credential or session problem reads the same whichever command met it. */
    @Bean
    @org.springframework.core.annotation.Order(0)
    public ErrorTranslator sessionErrorTranslator(AwsSettings settings) {
        return new SessionErrorTranslator(settings);
    }

    @Bean
    public CompletionProvider profileNameCompletion(ObjectProvider<ProfileCatalog> catalog) {
        return SessionCompletions.profiles(catalog);
    }

    @Bean
    public CompletionProvider ssoRoleCompletion(ObjectProvider<SessionManager> sessions) {
        return SessionCompletions.ssoRoles(sessions);
    }

    @Bean
    public CompletionProvider sessionAliasCompletion(ObjectProvider<SessionManager> sessions) {
        return SessionCompletions.aliases(sessions);
    }

    @Bean
    public CompletionProvider roleCompletion(
            ObjectProvider<SessionManager> sessions, ObjectProvider<ProfileCatalog> catalog) {
        return SessionCompletions.roles(sessions, catalog);
    }
}
