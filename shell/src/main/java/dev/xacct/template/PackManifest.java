package dev.xacct.template;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A pack's {@code pack.yaml}. {@code templates} lists the template files; it is required
 * on the class path and in plugin jars (they cannot be listed) and optional in a folder
 * (then every {@code *.sql} is a template).
 */
record PackManifest(String name, String title, String version, String description, List<String> templates) {
    private static final Set<String> KEYS = Set.of("name", "title", "version", "description", "templates");

    static PackManifest parse(String location, String text, String defaultName) throws TemplateFormatException {
        MarkedYaml y = new MarkedYaml(location, 1);
        Map<String, Node> m = y.mapping(y.compose(text), "pack.yaml");
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw y.error(
                        e.getValue(),
                        "unknown key '" + e.getKey() + "' (known: description, name, templates," + " title, version)");
            }
        }
        String name = m.containsKey("name") ? y.scalar(m.get("name"), "name") : defaultName;
        if (name == null || !TemplateParser.NAME.matcher(name).matches()) {
            throw y.error(
                    m.containsKey("name") ? y.line(m.get("name")) : 1,
                    "pack name '" + name + "' must be lower case letters, digits and dashes");
        }
        String title = m.containsKey("title") ? y.scalar(m.get("title"), "title") : name;
        String version = m.containsKey("version") ? y.scalar(m.get("version"), "version") : "0";
        String description = m.containsKey("description") ? y.scalar(m.get("description"), "description") : "";
        List<String> templates = null;
        if (m.containsKey("templates")) {
            templates = y.strings(m.get("templates"), "templates");
            for (String t : templates) {
                if (!t.endsWith(".sql") || t.contains("/") || t.contains("\\") || t.startsWith(".")) {
                    throw y.error(m.get("templates"), "template '" + t + "' must be a file name ending in .sql");
                }
            }
        }
        return new PackManifest(name, title, version, description, templates);
    }
}
