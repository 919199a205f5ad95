package dev.xacct.plugin.api;

import java.util.List;

/**
 * What a plugin jar provides to xacct: template packs and table kinds.
 *
 * <p>A plugin is a jar holding one or more implementations of this interface, each named
 * in {@code META-INF/services/dev.xacct.plugin.api.XacctPlugin} (standard
 * {@link java.util.ServiceLoader} registration). xacct loads each jar in its own class
 * loader, so a plugin sees only this API and its own classes. An implementation needs a
 * public no-argument constructor and should do no work in it: a constructor that throws
 * makes the whole plugin be reported and skipped.
 *
 * <p>Everything here is read once, when the plugin is loaded.
 */
public interface XacctPlugin {

    /** Short unique name, e.g. {@code "alb"}: lower case, digits and dashes. */
    String name();

    /** Version of the plugin, shown by {@code plugins} and {@code plugin info}. */
    String version();

    /** One line saying what the plugin adds. */
    default String description() {
        return "";
    }

    /**
     * Template packs inside the plugin jar, as resource folders relative to the jar root,
     * e.g. {@code "xacct/templates/alb"}. Each folder holds a {@code pack.yaml} whose
     * {@code templates:} list names the template files in it (a jar cannot be listed).
     * The shell reads them with the plugin's own class loader.
     */
    default List<String> templatePackRoots() {
        return List.of();
    }

    /**
     * Kinds of log the plugin teaches xacct to read, each one SQL table on Athena and on the
     * local engine ({@code table create KIND}, {@code logs pull --kind KIND}, the cost guard and
     * {@code FROM table} in local SQL). A kind named like one already loaded is reported and
     * skipped.
     */
    default List<TableKind> tableKinds() {
        return List.of();
    }
}
