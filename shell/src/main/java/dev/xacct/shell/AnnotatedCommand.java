package dev.xacct.shell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * A Spring Shell {@code @Command} method bound to its bean. xacct binds the options itself
 * instead of using Spring Shell's method adapter so that a repeated option fills a
 * {@code List} ({@code --param a=1 --param b=2}), a missing or malformed value is a usage error
 * naming the option, and no Bean Validation provider has to boot.
 */
final class AnnotatedCommand extends AbstractCommand {

    private final Object target;
    private final Method method;
    private final ConversionService conversions;
    private final OptionDomains domains;
    /** Positional words the method takes; -1 when an {@code @Arguments} list takes any number. */
    private final int positionals;

    private AnnotatedCommand(
            Command annotation, Object target, Method method, ConversionService conversions, OptionDomains domains) {
        super(
                name(annotation, method),
                annotation.description(),
                annotation.group(),
                annotation.help(),
                annotation.hidden());
        this.target = target;
        this.method = method;
        this.conversions = conversions;
        this.domains = domains;
        this.positionals = positionals(method);
        setAliases(Arrays.asList(annotation.alias()));
        setOptions(options(method));
        method.setAccessible(true);
    }

    static AnnotatedCommand of(
            Command annotation,
            Object target,
            Method method,
            ConversionService conversions,
            OptionDomains domains,
            CompletionProvider completion) {
        AnnotatedCommand command = new AnnotatedCommand(annotation, target, method, conversions, domains);
        if (completion != null) {
            command.setCompletionProvider(completion);
        }
        return command;
    }

    @Override
    public ExitStatus doExecute(CommandContext context) throws Exception {
        Object[] values = arguments(context);
        Object result;
        try {
            result = method.invoke(target, values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            throw (Error) cause;
        }
        if (result != null) {
            context.outputWriter().println(result);
            context.outputWriter().flush();
        }
        return ExitStatus.OK;
    }

    /**
     * The method's arguments, bound from the parsed words: options converted and checked against
     * their domain, positionals counted.
     *
     * @throws UsageError naming the option or word that does not fit
     */
    Object[] arguments(CommandContext context) {
        checkPositionals(context);
        Parameter[] parameters = method.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            values[i] = bind(parameters[i], context);
        }
        return values;
    }

    /** More positional words than the command takes is a usage error, not something to ignore. */
    private void checkPositionals(CommandContext context) {
        if (positionals < 0) {
            return;
        }
        List<String> extra = context.parsedInput().arguments().stream()
                .filter(a -> a.index() >= positionals)
                .map(CommandArgument::value)
                .toList();
        if (!extra.isEmpty()) {
            throw new UsageError("unexpected " + (extra.size() == 1 ? "argument '" : "arguments '")
                    + String.join(" ", extra) + "' for '" + getName() + "' (see '" + getName() + " --help')");
        }
    }

    private static int positionals(Method method) {
        int count = 0;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getAnnotation(Arguments.class) != null) {
                return -1;
            }
            Argument argument = parameter.getAnnotation(Argument.class);
            if (argument != null) {
                count = Math.max(count, argument.index() + 1);
            }
        }
        return count;
    }

    private Object bind(Parameter parameter, CommandContext context) {
        if (parameter.getType() == CommandContext.class) {
            return context;
        }
        Option option = parameter.getAnnotation(Option.class);
        if (option != null) {
            return bindOption(parameter, option, context);
        }
        Argument argument = parameter.getAnnotation(Argument.class);
        if (argument != null) {
            String raw = context.parsedInput().arguments().stream()
                    .filter(a -> a.index() == argument.index())
                    .map(CommandArgument::value)
                    .findFirst()
                    .orElse(argument.defaultValue().isEmpty() ? null : argument.defaultValue());
            return convert(raw, parameter.getType(), "argument " + (argument.index() + 1));
        }
        if (parameter.getAnnotation(Arguments.class) != null) {
            return context.parsedInput().arguments().stream()
                    .map(CommandArgument::value)
                    .toList();
        }
        throw new IllegalStateException(
                "parameter " + parameter.getName() + " of " + method + " has no @Option or @Argument");
    }

    private Object bindOption(Parameter parameter, Option option, CommandContext context) {
        String longName = longName(option, parameter);
        String label = "--" + longName;
        List<String> given = new ArrayList<>();
        for (CommandOption parsed : context.parsedInput().options()) {
            boolean byLong = longName.equals(parsed.longName());
            boolean byShort = option.shortName() != ' '
                    && parsed.shortName() == option.shortName()
                    && (parsed.longName() == null || parsed.longName().isEmpty());
            if (byLong || byShort) {
                given.add(parsed.value());
            }
        }
        Class<?> type = parameter.getType();
        if (Collection.class.isAssignableFrom(type)) {
            Class<?> element = elementType(parameter.getParameterizedType());
            List<Object> values = new ArrayList<>();
            for (String value : given) {
                values.add(convert(inDomain(longName, element, value), element, label));
            }
            if (values.isEmpty() && option.required()) {
                throw new UsageError("missing " + label + " (see '" + getName() + " --help')");
            }
            return values;
        }
        if (given.size() > 1) {
            throw new UsageError(label + " is given " + given.size() + " times; give it once");
        }
        if (given.isEmpty()) {
            if (option.required()) {
                throw new UsageError("missing " + label + " (see '" + getName() + " --help')");
            }
            if (!option.defaultValue().isEmpty()) {
                return convert(option.defaultValue(), type, label);
            }
            return emptyValue(type);
        }
        return convert(inDomain(longName, type, given.get(0)), type, label);
    }

    /** A value from a closed list is spelled as the list spells it; one outside it is refused with the list. */
    private String inDomain(String longName, Class<?> type, String value) {
        if (value == null) {
            return null;
        }
        String accepted = domains.of(longName, type)
                .map(domain -> domain.accept(value).orElseThrow(() -> domain.refusal(value)))
                .orElse(value);
        if (type.isEnum()) {
            // the domain spells constants as labels (get-object); the converters want the constant's name
            for (Object constant : type.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                if (name.toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(accepted)) {
                    return name;
                }
            }
        }
        return accepted;
    }

    private Object convert(String raw, Class<?> type, String label) {
        if (raw == null) {
            return emptyValue(type);
        }
        if (type == String.class) {
            return raw;
        }
        try {
            return conversions.convert(raw, type);
        } catch (ConversionException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String why = root instanceof NumberFormatException ? "expected a number" : root.getMessage();
            throw new UsageError("bad value '" + raw + "' for " + label + ": " + why);
        }
    }

    private static Object emptyValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return type == long.class ? 0L : 0;
        }
        if (type == double.class || type == float.class) {
            return 0.0;
        }
        if (type == java.util.Optional.class) {
            return java.util.Optional.empty();
        }
        return null;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return String.class;
    }

    private static String name(Command annotation, Method method) {
        String name = String.join(" ", annotation.name());
        if (name.isEmpty()) {
            name = annotation.value();
        }
        return name.isEmpty() ? method.getName() : name;
    }

    private static String longName(Option option, Parameter parameter) {
        return option.longName().isEmpty() ? parameter.getName() : option.longName();
    }

    private static List<CommandOption> options(Method method) {
        List<CommandOption> options = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Option option = parameter.getAnnotation(Option.class);
            if (option != null) {
                options.add(CommandOption.with()
                        .shortName(option.shortName())
                        .longName(longName(option, parameter))
                        .description(option.description())
                        .required(option.required())
                        .defaultValue(option.defaultValue())
                        .type(parameter.getType())
                        .build());
            }
        }
        return options;
    }
}
