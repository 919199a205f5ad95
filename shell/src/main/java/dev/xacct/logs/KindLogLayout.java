package dev.xacct.logs;

import dev.xacct.plugin.api.KeyLayout;
import dev.xacct.plugin.api.TableKind;
import dev.xacct.template.PartitionScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A plugin's table kind as {@code logs pull} sees it: the day prefixes of each of its S3 layouts
 * (or of the one {@code --layout} names) below the source's prefix, folders the scope leaves open
 * found by listing; a key is the kind's when its name is a log file of the kind and a layout gives
 * it partition values inside the scope.
 */
public final class KindLogLayout implements LogLayout {

    private final TableKind kind;
    private final List<KeyLayout> layouts;

    /** @param layout the S3 layout to pull, or empty for all of them */
    public KindLogLayout(TableKind kind, Optional<String> layout) {
        this.kind = kind;
        List<KeyLayout> s3 = kind.layouts().stream().filter(KeyLayout::inS3).toList();
        this.layouts = layout.isEmpty()
                ? s3
                : s3.stream().filter(l -> l.name().equals(layout.get())).toList();
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException("--layout " + layout.orElse("") + ": " + kind.name() + " knows "
                    + String.join(", ", s3.stream().map(KeyLayout::name).toList()));
        }
    }

    @Override
    public String noun() {
        return kind.name();
    }

    /** {@code PREFIX/}; a prefix ending in {@code AWSLogs} is taken as the folder above it when the layout starts there. */
    @Override
    public String root(LogSource source) {
        String prefix = source.prefix();
        if (layouts.get(0).pattern().startsWith("AWSLogs/")
                && (prefix.equals("AWSLogs") || prefix.endsWith("/AWSLogs"))) {
            prefix = prefix.substring(0, prefix.length() - "AWSLogs".length());
        }
        return prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    @Override
    public PrefixPlan plan(LogSource source, Optional<String> org, PartitionScope scope, FolderLister lister) {
        Map<String, List<String>> seen = new HashMap<>();
        Map<String, List<String>> given = Map.of("account", scope.accounts(), "region", scope.regions());
        LinkedHashSet<String> days = new LinkedHashSet<>();
        for (KeyLayout layout : layouts) {
            days.addAll(layout.dayPrefixes(
                    root(source),
                    scope.from(),
                    scope.to(),
                    given,
                    prefix -> seen.computeIfAbsent(prefix, lister::folders)));
        }
        List<String> accounts = new ArrayList<>(scope.accounts());
        List<String> regions = new ArrayList<>(scope.regions());
        return new PrefixPlan(List.copyOf(days), List.of(), accounts, regions, seen.size());
    }

    @Override
    public boolean accepts(String key, PartitionScope scope) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        if (!kind.isLogFile(name)) {
            return false;
        }
        for (KeyLayout layout : kind.layouts()) {
            Optional<KeyLayout.Values> values = layout.match(key);
            if (values.isPresent()) {
                KeyLayout.Values v = values.get();
                return (scope.accounts().isEmpty() || scope.accounts().contains(v.account()))
                        && (scope.regions().isEmpty()
                                || (v.region() != null
                                        && scope.regions().contains(v.region().toLowerCase(Locale.ROOT))))
                        && (scope.from() == null || !v.date().isBefore(scope.from()))
                        && (scope.to() == null || !v.date().isAfter(scope.to()));
            }
        }
        return false;
    }
}
