package dev.xacct.shell;

import java.util.List;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Parses one statement into Spring Shell's {@link ParsedInput}. Unlike the default parser it
 * honours single quotes and escapes, finds the longest registered command name (so
 * {@code query run} is one command), and knows a flag is boolean from that command's options
 * (the default parser looks only at the first word, so {@code query run x --yes} would fail).
 */
public final class XacctCommandParser implements CommandParser {

    /** Options for which an empty value means something: {@code --prefix ''} is the bucket's root. */
    private static final java.util.Set<String> EMPTY_ALLOWED = java.util.Set.of("prefix");

    private final CommandRegistry registry;

    public XacctCommandParser(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ParsedInput parse(String input) {
        List<String> words = CommandLineSyntax.words(input);
        if (words.isEmpty()) {
            throw new UsageError("empty command");
        }
        int nameLength = commandNameLength(words);
        ParsedInput.Builder parsed = ParsedInput.builder().commandName(words.get(0));
        words.subList(1, Math.max(1, nameLength)).forEach(parsed::addSubCommand);
        Command command =
                nameLength == 0 ? null : registry.getCommandByName(String.join(" ", words.subList(0, nameLength)));
        List<String> rest = words.subList(Math.max(1, nameLength), words.size());
        int argumentIndex = 0;
        boolean onlyArguments = false;
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (!onlyArguments && word.equals("--")) {
                onlyArguments = true;
            } else if (!onlyArguments && isOption(word)) {
                String name = word.startsWith("--") ? word.substring(2) : word.substring(1);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (command != null && !isHelp(name)) {
                    requireKnown(command, word, name);
                }
                boolean flag = isFlag(command, name);
                if (value == null && flag) {
                    value = "true";
                } else if (value == null) {
                    if (i + 1 >= rest.size() || (isOption(rest.get(i + 1)) && !isNegativeNumber(rest.get(i + 1)))) {
                        throw new UsageError("option " + word + " needs a value");
                    }
                    value = rest.get(++i);
                }
                if (!flag && value.isBlank() && !EMPTY_ALLOWED.contains(name)) {
                    // an empty value is a mistake (an unset variable, '' typed for a value), never a setting
                    throw new UsageError("option " + (word.startsWith("--") ? "--" + name : "-" + name)
                            + " needs a value, not an empty one");
                }
                CommandOption.Builder option = CommandOption.with().value(value);
                if (word.startsWith("--")) {
                    option.longName(name);
                } else {
                    option.shortName(name.charAt(0));
                }
                parsed.addOption(option.build());
            } else {
                parsed.addArgument(new CommandArgument(argumentIndex++, word));
            }
        }
        return parsed.build();
    }

    /**
     * An option the command does not have is named as such ("unknown option --frob"), with the closest
     * option or the list: reading it as an option that "needs a value" would point the user the wrong way.
     */
    private static void requireKnown(Command command, String word, String name) {
        boolean known = command.getOptions().stream()
                .anyMatch(o -> (word.startsWith("--") && name.equals(o.longName()))
                        || (!word.startsWith("--") && name.length() == 1 && o.shortName() == name.charAt(0)));
        if (known) {
            return;
        }
        String shown = word.startsWith("--") ? "--" + name : "-" + name;
        List<String> names = command.getOptions().stream()
                .map(CommandOption::longName)
                .filter(n -> n != null && !n.isEmpty())
                .map(n -> "--" + n)
                .toList();
        String hint = Suggestions.didYouMean(shown, names, 1)
                .orElse(names.isEmpty() ? "; it takes no options" : "; its options: " + String.join(", ", names));
        throw new UsageError("unknown option " + shown + " for '" + command.getName() + "'" + hint);
    }

    private static boolean isHelp(String name) {
        return name.equals("help") || name.equals("h");
    }

    /** How many leading words form a registered command name (0 when none does). */
    int commandNameLength(List<String> words) {
        int found = 0;
        for (int n = 1; n <= words.size(); n++) {
            String candidate = String.join(" ", words.subList(0, n));
            if (registry.getCommandByName(candidate) != null) {
                found = n;
            } else if (registry.getCommandsByPrefix(candidate + " ").isEmpty()) {
                break;
            }
        }
        return found;
    }

    private static boolean isOption(String word) {
        return word.length() > 1 && word.startsWith("-") && !isNegativeNumber(word);
    }

    private static boolean isNegativeNumber(String word) {
        return word.length() > 1 && word.charAt(0) == '-' && Character.isDigit(word.charAt(1));
    }

    private static boolean isFlag(Command command, String name) {
        if (isHelp(name)) {
            return true;
        }
        if (command == null) {
            return false;
        }
        return command.getOptions().stream()
                .filter(o -> name.equals(o.longName()) || (name.length() == 1 && o.shortName() == name.charAt(0)))
                .anyMatch(o -> o.type() == boolean.class || o.type() == Boolean.class);
    }
}
