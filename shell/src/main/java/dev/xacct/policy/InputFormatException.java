package dev.xacct.policy;

/**
 * An input file (evidence, scenario, policy request) that cannot be read. The message names
 * the file, the JSON field path and what was expected, e.g.
 * {@code req.json: request.principal: expected a string (field is missing)}.
 */
public class InputFormatException extends RuntimeException {
    private final String file;
    private final String fieldPath;

    public InputFormatException(String file, String fieldPath, String problem) {
        super(file + ": " + (fieldPath.isEmpty() ? "" : fieldPath + ": ") + problem);
        this.file = file;
        this.fieldPath = fieldPath;
    }

    public String file() {
        return file;
    }

    public String fieldPath() {
        return fieldPath;
    }
}
