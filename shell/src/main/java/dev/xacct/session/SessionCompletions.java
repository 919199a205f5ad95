package dev.xacct.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
