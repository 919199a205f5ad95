package dev.xacct.shell;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;

/**
 * Tab completion over the words {@link ShellLineParser} splits: command names word by word
 * ({@code s3 d<Tab>} → {@code s3 diagnose}), then the command's options not yet given, then an
 * option's value from its domain ({@code --format}, {@code --engine}: the words;
 * {@code --out}, {@code --source}: files and folders), and anything else from the command's own
 * {@code CompletionProvider} (profile names, aliases, template names…).
 */
final class CommandCompleter implements Completer {

    private final CommandRegistry registry;
    private final OptionDomains domains;

    CommandCompleter(CommandRegistry registry, OptionDomains domains) {
        this.registry = registry;
        this.domains = domains;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> before = line.words().subList(0, line.wordIndex());
        String current =
                line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        Command command = longestCommand(before);
        if (command == null || command.getName().split(" ").length > before.size()) {
            completeCommandWord(before, current, candidates);
            return;
        }
        CommandOption valueOf = before.isEmpty() ? null : optionNamed(command, before.get(before.size() - 1));
        boolean wantsValue = valueOf != null && valueOf.type() != boolean.class && valueOf.type() != Boolean.class;
        if (!wantsValue && current.startsWith("-")) {
            for (CommandOption option : command.getOptions()) {
                String name = "--" + option.longName();
                if (!before.contains(name) || List.class.isAssignableFrom(option.type())) {
                    candidates.add(new Candidate(name, name, null, option.description(), null, null, true));
                }
            }
            return;
        }
        if (wantsValue && domains.of(valueOf).isPresent()) {
            OptionDomain domain = domains.of(valueOf).get();
            switch (domain.kind()) {
                case WORDS ->
                    domain.words().get().stream()
                            .filter(w -> w.startsWith(current))
                            .forEach(w -> candidates.add(new Candidate(w, w, null, null, null, null, true)));
                case FILES -> PathCandidates.add(current, false, candidates);
                case FOLDERS -> PathCandidates.add(current, true, candidates);
            }
            return;
        }
        CompletionContext context = new CompletionContext(
                line.words(), line.wordIndex(), line.wordCursor(), command, wantsValue ? valueOf : null);
        try {
            for (CompletionProposal proposal : command.getCompletionProvider().apply(context)) {
                candidates.add(new Candidate(
                        proposal.value(),
                        proposal.displayText(),
                        proposal.category(),
                        proposal.description(),
                        null,
                        null,
                        proposal.complete()));
            }
        } catch (RuntimeException e) {
            // A completion source that fails (no network, say) offers nothing rather than breaking the line.
        }
    }

    private void completeCommandWord(List<String> before, String current, List<Candidate> candidates) {
        String typed = String.join(" ", before);
        String prefix = typed.isEmpty() ? current : typed + " " + current;
        Set<String> words = new LinkedHashSet<>();
        for (Command command : registry.getCommands()) {
            if (command.isHidden()) {
                continue;
            }
            for (String name : names(command)) {
                if (name.startsWith(prefix)) {
                    String[] parts = name.split(" ");
                    if (parts.length > before.size()) {
                        words.add(parts[before.size()]);
                    }
                }
            }
        }
        words.stream().sorted().forEach(w -> candidates.add(new Candidate(w, w, null, null, null, null, true)));
    }

    private Command longestCommand(List<String> words) {
        Command found = null;
        for (int n = 1; n <= words.size(); n++) {
            Command command = registry.getCommandByName(String.join(" ", words.subList(0, n)));
            if (command != null) {
                found = command;
            }
        }
        return found;
    }

    private static CommandOption optionNamed(Command command, String word) {
        if (!word.startsWith("-")) {
            return null;
        }
        return command.getOptions().stream()
                .filter(o -> o.isOptionEqual(word))
                .findFirst()
                .orElse(null);
    }

    private static List<String> names(Command command) {
        List<String> names = new java.util.ArrayList<>(command.getAliases());
        names.add(0, command.getName());
        return names;
    }
}
