package dev.xacct.session;

import dev.xacct.shell.Suggestions;
import dev.xacct.shell.UserError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The sessions listed in one shell run: by alias in the order opened, which one is current and
 * which was current before it (for {@code back}), and the base session, built on first need.
 *
 * <p>Only the list: opening sessions is the openers' job, closing one that leaves the list is
 * {@code release}'s (called with the list's lock held, after the session is gone from it).
 * Thread-safe: one lock, this object's, guards everything, the base session's opening included.
 */
final class SessionList {

    private final Supplier<Session> openBase;
    private final Consumer<Session> release;
    private final Map<String, Session> byAlias = new LinkedHashMap<>();
    private Session base;
    private String currentAlias;
    private String previousAlias;

    /**
     * @param openBase builds the base session (called once, on first need)
     * @param release  closes a session that left the list (it may ask {@link #hasDependents} and
     *                 {@link #usesAccessKey})
     */
    SessionList(Supplier<Session> openBase, Consumer<Session> release) {
        this.openBase = openBase;
        this.release = release;
    }

    synchronized Session current() {
        if (currentAlias == null) {
            Session first = base();
            byAlias.put(first.alias(), first);
            currentAlias = first.alias();
        }
        return byAlias.get(currentAlias);
    }

    synchronized Optional<Session> currentIfOpen() {
        return Optional.ofNullable(currentAlias).map(byAlias::get);
    }

    synchronized List<Session> all() {
        current();
        return List.copyOf(byAlias.values());
    }

    synchronized List<String> aliases() {
        return List.copyOf(byAlias.keySet());
    }

    synchronized boolean isCurrent(Session session) {
        return session.alias().equals(currentAlias);
    }

    /** The listed session called {@code alias}, if any (never builds the base session). */
    synchronized Optional<Session> get(String alias) {
        return Optional.ofNullable(byAlias.get(alias));
    }

    synchronized Session find(String alias) {
        current();
        Session session = byAlias.get(alias);
        if (session == null) {
            throw new UserError("no session '" + alias + "'"
                    + Suggestions.didYouMean(alias, aliases(), 3)
                            .orElse("; sessions: " + String.join(", ", aliases())));
        }
        return session;
    }

    synchronized Session switchTo(String alias) {
        Session target = find(alias);
        if (!alias.equals(currentAlias)) {
            previousAlias = currentAlias;
            currentAlias = alias;
        }
        return target;
    }

    synchronized Session back() {
        current();
        if (previousAlias == null || !byAlias.containsKey(previousAlias)) {
            throw new UserError("no previous session to go back to; 'sessions' lists them");
        }
        return switchTo(previousAlias);
    }

    synchronized Session forget(String alias) {
        Session gone = find(alias);
        if (gone.kind() == Session.Kind.BASE) {
            throw new UserError(
                    "'" + alias + "' is the base session and cannot be forgotten; switch to another one instead");
        }
        byAlias.remove(alias);
        if (alias.equals(currentAlias)) {
            currentAlias = previousAlias != null && byAlias.containsKey(previousAlias) ? previousAlias : base().alias();
            byAlias.putIfAbsent(currentAlias, base());
            previousAlias = null;
        } else if (alias.equals(previousAlias)) {
            previousAlias = null;
        }
        release.accept(gone);
        return current();
    }

    synchronized List<String> forgetWhere(Predicate<Session> which) {
        List<String> gone = new ArrayList<>();
        for (Session s : List.copyOf(byAlias.values())) {
            if (s.kind() != Session.Kind.BASE && which.test(s)) {
                forget(s.alias());
                gone.add(s.alias());
            }
        }
        return gone;
    }

    /** Lists a session and makes it current; one with a listed alias replaces it (never the base session). */
    synchronized Session register(Session session) {
        current();
        Session replaced = byAlias.put(session.alias(), session);
        if (replaced != null && replaced.kind() == Session.Kind.BASE) {
            byAlias.put(replaced.alias(), replaced);
            throw new UserError("'" + session.alias() + "' is the base session's name; pick another with --as");
        }
        if (!session.alias().equals(currentAlias)) {
            previousAlias = currentAlias;
        }
        currentAlias = session.alias();
        if (replaced != null) {
            release.accept(replaced);
        }
        return session;
    }

    /** Puts a changed copy of a listed session (its region) in its place. */
    synchronized Session update(Session updated) {
        byAlias.put(updated.alias(), updated);
        return updated;
    }

    /** Remembers who a session is, in the list and in the base session, when it is still the same session. */
    synchronized void identified(Session session, Identity identity) {
        Session registered = byAlias.get(session.alias());
        if (registered != null && registered.id().equals(session.id())) {
            byAlias.put(session.alias(), registered.withIdentity(identity));
        }
        if (base != null && base.id().equals(session.id())) {
            base = base.withIdentity(identity);
        }
    }

    /** Whether a listed session was assumed from the session with this id. */
    synchronized boolean hasDependents(String id) {
        return byAlias.values().stream()
                .anyMatch(s -> s.parentId().filter(id::equals).isPresent());
    }

    /** Whether a listed session signs with this access key id. */
    synchronized boolean usesAccessKey(String accessKeyId) {
        return byAlias.values().stream()
                .anyMatch(s -> s.credentials().accessKeyId().equals(accessKeyId));
    }

    private Session base() {
        if (base == null) {
            base = openBase.get();
        }
        return base;
    }
}
