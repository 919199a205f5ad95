package dev.xacct.template;

import java.nio.file.Path;

/** Where a pack was loaded from. */
public sealed interface PackSource {

    /** A built-in pack, shipped on the application class path. */
    record Classpath(String root) implements PackSource {}

    /** A user's pack folder, e.g. {@code ~/.xacct/templates/mine/}. */
    record Directory(Path dir) implements PackSource {}

    /** A pack inside a plugin jar. */
    record Plugin(String plugin, Path jar, String root) implements PackSource {}
}
