package dev.xacct.session;

import dev.xacct.shell.PromptSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The prompt: {@code xacct [prod 111111111111/Admin 42m]> }, in yellow with a {@code !} when
 * fewer than 5 minutes are left. It never calls AWS: before the base session is used it shows
 * only its name ({@code xacct [default]> }, or {@code [none]} when no credentials are configured).
 */
public final class SessionPrompt implements PromptSource {

    private final ObjectProvider<SessionManager> sessions;
    private final AwsSettings settings;
    private final Clock clock;

    public SessionPrompt(ObjectProvider<SessionManager> sessions, AwsSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AttributedString prompt() {
        Optional<Session> current = sessions.getObject().currentIfOpen();
        String label;
        boolean warn = false;
        if (current.isEmpty()) {
            label = settings.profile().orElse(settings.credentialsLikelyAbsent() ? "none" : "default");
        } else {
            Session s = current.get();
            label = text(s.alias(), s.identity(), s.expires(), clock.instant());
            warn = s.expires()
                    .map(e -> SessionDurations.nearExpiry(e, clock.instant()))
                    .orElse(false);
            if (s.kind() == Session.Kind.BASE
                    && s.identity().isEmpty()
                    && !s.credentials().resolved()
                    && settings.credentialsLikelyAbsent()) {
                label = "none";
            }
        }
        AttributedStringBuilder out = new AttributedStringBuilder();
        out.append("xacct ", AttributedStyle.BOLD);
        out.append(
                "[" + label + "]",
                warn
                        ? AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW)
                        : AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
        out.append("> ", AttributedStyle.BOLD);
        return out.toAttributedString();
    }

    /** {@code prod 111111111111/Admin 42m}, {@code prod 111111111111/Admin 4m!}, or just the alias when unknown. Pure. */
    public static String text(String alias, Optional<Identity> identity, Optional<Instant> expires, Instant now) {
        StringBuilder label = new StringBuilder(alias);
        identity.ifPresent(
                i -> label.append(' ').append(i.account()).append('/').append(i.principalName()));
        expires.ifPresent(e -> {
            label.append(' ').append(SessionDurations.remaining(e, now));
            if (SessionDurations.nearExpiry(e, now)) {
                label.append('!');
            }
        });
        return label.toString();
    }
}
