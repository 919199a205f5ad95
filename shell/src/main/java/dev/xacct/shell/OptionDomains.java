package dev.xacct.shell;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.CommandOption;

/** Every {@link OptionDomain} the run knows, looked up by option; enum-typed options get theirs from the enum. */
public final class OptionDomains {

    private final Map<String, OptionDomain> byOption;

    public OptionDomains(List<OptionDomain> domains) {
        this.byOption =
                domains.stream().collect(Collectors.toMap(OptionDomain::option, Function.identity(), (a, b) -> a));
    }

    public static OptionDomains none() {
        return new OptionDomains(List.of());
    }

    /** The domain of {@code option} of some command, if its values are not free text. */
    public Optional<OptionDomain> of(CommandOption option) {
        return of(option.longName(), option.type());
    }

    Optional<OptionDomain> of(String longName, Class<?> type) {
        OptionDomain declared = longName == null ? null : byOption.get(longName);
        if (declared != null) {
            return Optional.of(declared);
        }
        if (type != null && type.isEnum()) {
            List<String> labels = Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .toList();
            return Optional.of(OptionDomain.words(longName, () -> labels));
        }
        return Optional.empty();
    }
}
