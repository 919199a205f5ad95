package dev.xacct.plugin;

import dev.xacct.plugin.api.XacctPlugin;
import dev.xacct.template.PackLoad;
import java.nio.file.Path;

/** A plugin that loaded, with what it provided. Its class loader stays open while it is in use. */
public record LoadedPlugin(
        String name,
        String version,
        String description,
        Path jar,
        XacctPlugin plugin,
        ClassLoader classLoader,
        PackLoad templatePacks) {}
