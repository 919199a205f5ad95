package dev.xacct.s3.authz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A remedy while it is planned: the evidence document as it will be after the remedy's
 * commands ran (fixes edit it in place), and the commands, each registered once under a key
 * and rendered from the final document — so a policy that two fixes edit is put once, with
 * both edits. Steps are the commands grouped by the account that runs them, in the order the
 * accounts first appear.
 */
final class RemedyDraft {
    private record Command(String key, String runAs, Function<ObjectNode, List<String>> render) {}

    private final ObjectNode doc;
    private final List<Command> commands = new ArrayList<>();
    private final Set<String> done = new HashSet<>();
    private final Map<String, Integer> policyIndex = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private String caveat;
    private final List<String> grants = new ArrayList<>();

    RemedyDraft(ObjectNode doc) {
        this.doc = doc;
    }

    /** The evidence as it will be after the remedy. */
    ObjectNode doc() {
        return doc;
    }

    /** Registers commands under {@code key}, rendered from the final document; a key registers once. */
    void command(String key, String runAs, Function<ObjectNode, List<String>> render) {
        if (commands.stream().noneMatch(c -> c.key().equals(key))) commands.add(new Command(key, runAs, render));
    }

    void command(String key, String runAs, String... fixed) {
        command(key, runAs, d -> List.of(fixed));
    }

    /** True the first time a key is seen: a fix applies once per remedy. */
    boolean once(String key) {
        return done.add(key);
    }

    /** The index of the policy xacct adds for a principal, if it already added one. */
    Integer addedPolicy(String principal) {
        return policyIndex.get(principal);
    }

    void addedPolicy(String principal, int index) {
        policyIndex.put(principal, index);
    }

    /** A remark for the title (a name xacct had to invent, a side effect to know). */
    void note(String note) {
        if (!notes.contains(note)) notes.add(note);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    /** What a grant added, in words ({@code an identity-policy Allow of kms:Decrypt in account 2…}); each once. */
    void granted(String what) {
        if (!grants.contains(what)) grants.add(what);
    }

    List<String> grants() {
        return List.copyOf(grants);
    }

    /**
     * A problem the remedy brings while it fixes this request (the engine cannot see it: it is
     * about other requests); the title says it, and such remedies come after those without one.
     */
    void caveat(String caveat) {
        this.caveat = caveat;
    }

    String caveat() {
        return caveat;
    }

    boolean hasCommands() {
        return !commands.isEmpty();
    }

    List<Remedy.Step> steps() {
        Map<String, List<String>> byAccount = new LinkedHashMap<>();
        for (Command c : commands)
            byAccount
                    .computeIfAbsent(c.runAs(), k -> new ArrayList<>())
                    .addAll(c.render().apply(doc));
        List<Remedy.Step> out = new ArrayList<>();
        byAccount.forEach((who, cmds) -> out.add(new Remedy.Step(who, cmds)));
        return out;
    }
}
