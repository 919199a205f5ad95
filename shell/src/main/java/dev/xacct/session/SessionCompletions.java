package dev.xacct.session;

import dev.xacct.session.sso.IdentityCenter;
import dev.xacct.session.sso.SsoAccount;
import dev.xacct.session.sso.SsoSessionConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * Tab completion for the first argument of session commands: profile names ({@code use}),
 * aliases ({@code switch}, {@code forget}) and role ARNs seen in this run plus profiles'
 * {@code role_arn} ({@code assume}). Option values are left alone. Nothing here calls AWS.
 */
public final class SessionCompletions {

    private SessionCompletions() {}

    public static CompletionProvider profiles(ObjectProvider<ProfileCatalog> catalog) {
        return arguments(() -> catalog.getObject().names(), "profile");
    }

    public static CompletionProvider aliases(ObjectProvider<SessionManager> sessions) {
        return arguments(
                () -> sessions.getObject().currentIfOpen().isPresent()
                        ? sessions.getObject().aliases()
                        : List.of(),
                "session");
    }

    public static CompletionProvider roles(
            ObjectProvider<SessionManager> sessions, ObjectProvider<ProfileCatalog> catalog) {
        return arguments(
                () -> {
                    Set<String> roles = new LinkedHashSet<>(sessions.getObject().seenRoleArns());
                    try {
                        catalog.getObject().all().forEach(p -> p.roleArn().ifPresent(roles::add));
                    } catch (RuntimeException unreadable) {
                        // completion never fails the line being typed
                    }
                    return new ArrayList<>(roles);
                },
                "role");
    }

    /**
     * {@code sso use}: {@code ACCOUNT-NAME/ROLE} and {@code ACCOUNT-ID/ROLE} for what the login
     * grants. The accounts are asked of IAM Identity Center once per run (when signed in), and an
     * account's roles when its name is typed with the slash; nothing is asked without a valid token.
     */
    public static CompletionProvider ssoRoles(ObjectProvider<SessionManager> sessions) {
        return context -> {
            if (context.getCommandOption() != null || startsOption(context)) {
                return List.of();
            }
            try {
                String word = context.currentWordUpToCursor() == null ? "" : context.currentWordUpToCursor();
                IdentityCenter sso = sessions.getObject().identityCenter();
                List<SsoAccount> accounts = sso.knownAccounts();
                if (accounts.isEmpty()) {
                    accounts = signedInLogin(sessions.getObject())
                            .map(sso::accounts)
                            .orElse(List.of());
                }
                List<CompletionProposal> proposals = new ArrayList<>();
                int slash = word.lastIndexOf('/');
                for (SsoAccount account : accounts) {
                    for (String key : List.of(account.name() == null ? account.id() : account.name(), account.id())) {
                        if (slash > 0 && key.equalsIgnoreCase(word.substring(0, slash))) {
                            List<String> roles = sso.knownRoles(account.id());
                            if (roles.isEmpty()) {
                                roles = sso.roles(sso.lastUsed().orElseThrow(), account.id());
                            }
                            roles.forEach(r -> proposals.add(new CompletionProposal(key + "/" + r).category("role")));
                        } else if (slash < 0) {
                            proposals.add(new CompletionProposal(key + "/")
                                    .category("account")
                                    .complete(false));
                        }
                    }
                }
                return proposals;
            } catch (RuntimeException e) {
                return List.of(); // completion never fails the line being typed
            }
        };
    }

    /** The login a bare {@code sso use} means, else the only configured one with a token that still works. */
    private static Optional<SsoSessionConfig> signedInLogin(SessionManager manager) {
        IdentityCenter sso = manager.identityCenter();
        java.time.Instant now = java.time.Instant.now();
        java.util.function.Predicate<SsoSessionConfig> signedIn =
                c -> sso.tokenExpiry(c).map(now::isBefore).orElse(false);
        try {
            return Optional.of(manager.ssoSessions()
                            .select(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                    .filter(signedIn);
        } catch (RuntimeException ambiguous) {
            List<SsoSessionConfig> live = sso.configs().sessionNames().stream()
                    .map(sso.configs()::session)
                    .filter(signedIn)
                    .toList();
            return live.size() == 1 ? Optional.of(live.get(0)) : Optional.empty();
        }
    }

    static CompletionProvider arguments(Supplier<List<String>> names, String category) {
        return context -> {
            if (context.getCommandOption() != null || startsOption(context)) {
                return List.of();
            }
            try {
                return names.get().stream()
                        .map(n -> new CompletionProposal(n).category(category))
                        .toList();
            } catch (RuntimeException e) {
                return List.of();
            }
        };
    }

    private static boolean startsOption(CompletionContext context) {
        String word = context.currentWordUpToCursor();
        return word != null && word.startsWith("-");
    }
}
