package dev.xacct.shell;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;

/** The text of {@code help} and {@code help COMMAND} / {@code COMMAND --help}. */
public final class CommandHelp {

    private final CommandRegistry registry;

    public CommandHelp(CommandRegistry registry) {
        this.registry = registry;
    }

    public String overview() {
        Map<String, List<Command>> byGroup =
                new TreeMap<>(Comparator.comparing(CommandHelp::groupOrder).thenComparing(g -> g));
        for (Command command : visibleCommands()) {
            byGroup.computeIfAbsent(command.getGroup(), g -> new java.util.ArrayList<>())
                    .add(command);
        }
        int width = visibleCommands().stream()
                .mapToInt(c -> c.getName().length())
                .max()
                .orElse(10);
        StringBuilder text = new StringBuilder();
        byGroup.forEach((group, commands) -> {
            text.append(group).append('\n');
            commands.stream()
                    .sorted(Comparator.comparing(Command::getName))
                    .forEach(c -> text.append("  ")
                            .append(pad(c.getName(), width))
                            .append("  ")
                            .append(c.getDescription())
                            .append('\n'));
            text.append('\n');
        });
        text.append("Type 'help COMMAND' or 'COMMAND --help' for one command. Every command that prints data takes\n")
                .append("--format table|vertical|csv|tsv|json|markdown.\n");
        return text.toString();
    }

    /** Every visible command whose name starts with {@code prefix} and a space ({@code help s3}), with its description. */
    public String family(String prefix) {
        List<Command> commands = visibleCommands().stream()
                .filter(c -> c.getName().startsWith(prefix + " "))
                .toList();
        int width = commands.stream().mapToInt(c -> c.getName().length()).max().orElse(10);
        StringBuilder text = new StringBuilder();
        commands.forEach(c -> text.append("  ")
                .append(pad(c.getName(), width))
                .append("  ")
                .append(c.getDescription())
                .append('\n'));
        text.append("\nType 'help COMMAND' or 'COMMAND --help' for one of them.\n");
        return text.toString();
    }

    public String of(Command command) {
        StringBuilder text = new StringBuilder();
        text.append(command.getName())
                .append(" — ")
                .append(command.getDescription())
                .append('\n');
        if (command.getHelp() != null && !command.getHelp().isBlank()) {
            text.append('\n').append(command.getHelp().strip()).append('\n');
        }
        List<CommandOption> options = command.getOptions();
        if (!options.isEmpty()) {
            text.append("\nOptions:\n");
            int width = options.stream()
                    .mapToInt(o -> optionLabel(o).length())
                    .max()
                    .orElse(0);
            for (CommandOption option : options) {
                text.append("  ")
                        .append(pad(optionLabel(option), width))
                        .append("  ")
                        .append(option.description() == null ? "" : option.description());
                if (option.defaultValue() != null && !option.defaultValue().isEmpty()) {
                    text.append(" (default: ").append(option.defaultValue()).append(')');
                }
                if (Boolean.TRUE.equals(option.required())) {
                    text.append(" (required)");
                }
                text.append('\n');
            }
        }
        if (!command.getAliases().isEmpty()) {
            text.append("\nAliases: ")
                    .append(String.join(", ", command.getAliases()))
                    .append('\n');
        }
        return text.toString();
    }

    public List<Command> visibleCommands() {
        return registry.getCommands().stream()
                .filter(c -> !c.isHidden())
                .sorted(Comparator.comparing(Command::getName))
                .collect(Collectors.toList());
    }

    /**
     * Command names close to what was typed ({@link Suggestions}), after the sub-commands of a
     * group the user named ({@code query foo} lists the {@code query} commands), up to four.
     */
    public List<String> closestNames(String typed) {
        String firstWord = typed.toLowerCase(java.util.Locale.ROOT).split(" ")[0];
        List<String> names = visibleCommands().stream().map(Command::getName).toList();
        java.util.LinkedHashSet<String> close = new java.util.LinkedHashSet<>();
        names.stream().filter(n -> n.startsWith(firstWord + " ")).sorted().forEach(close::add);
        close.addAll(Suggestions.closest(typed, names, 4));
        // a typo in the group word: "qeury run" still finds the query commands
        List<String> groups =
                names.stream().map(n -> n.split(" ")[0]).distinct().toList();
        Suggestions.closest(firstWord, groups, 1)
                .forEach(g -> names.stream()
                        .filter(n -> n.startsWith(g + " "))
                        .sorted()
                        .forEach(close::add));
        return close.stream().limit(4).toList();
    }

    private static String optionLabel(CommandOption option) {
        String name = option.longName() != null && !option.longName().isEmpty()
                ? "--" + option.longName()
                : "-" + option.shortName();
        boolean flag = option.type() == boolean.class || option.type() == Boolean.class;
        return flag ? name : name + " " + valueName(option);
    }

    private static String valueName(CommandOption option) {
        String name = option.longName() == null ? "value" : option.longName();
        return name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    private static int groupOrder(String group) {
        List<String> order =
                List.of("Shell", "Sessions", "S3 access", "Policies", "Queries", "Templates", "Plugins", "Logs");
        int index = order.indexOf(group);
        return index < 0 ? order.size() : index;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
