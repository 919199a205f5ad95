package dev.xacct.template;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * YAML read as a node tree rather than plain maps, so that every error can name the line
 * of the offending key or value. {@code firstLine} is the file line of the YAML's line 1.
 */
final class MarkedYaml {
    private final String file;
    private final int firstLine;

    MarkedYaml(String file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    Node compose(String text) throws TemplateFormatException {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (root == null) {
                throw error(firstLine, "empty YAML");
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + firstLine : firstLine;
            throw error(line, "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw error(firstLine, "invalid YAML: " + e.getMessage());
        }
    }

    int line(Node node) {
        return node.getStartMark().getLine() + firstLine;
    }

    TemplateFormatException error(int line, String message) {
        return new TemplateFormatException(file, line, message);
    }

    TemplateFormatException error(Node node, String message) {
        return error(line(node), message);
    }

    /** The entries of a mapping in order, keyed by their scalar key; duplicate keys are errors. */
    Map<String, Node> mapping(Node node, String what) throws TemplateFormatException {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + " must be a mapping (key: value)");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw error(tuple.getKeyNode(), what + " keys must be plain words");
            }
            if (entries.containsKey(key.getValue())) {
                throw error(key, "duplicate key '" + key.getValue() + "' in " + what);
            }
            entries.put(key.getValue(), tuple.getValueNode());
            keys.put(key.getValue(), key);
        }
        return entries;
    }

    String scalar(Node node, String what) throws TemplateFormatException {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, what + " must be a single value");
        }
        return scalar.getValue();
    }

    /** A list of scalars; a single scalar counts as a one-item list. */
    List<String> strings(Node node, String what) throws TemplateFormatException {
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        if (!(node instanceof SequenceNode seq)) {
            throw error(node, what + " must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            out.add(scalar(item, what + " item"));
        }
        return out;
    }

    boolean bool(Node node, String what) throws TemplateFormatException {
        String v = scalar(node, what);
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(node, what + " must be true or false, not '" + v + "'");
        };
    }
}
