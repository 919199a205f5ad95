package dev.xacct.template;

/** Builds templates from text for tests. */
final class TestTemplates {
    private TestTemplates() {}

    static Template parse(String name, String text) {
        try {
            return TemplateParser.parse("test", name + ".sql", "test/" + name + ".sql", text);
        } catch (TemplateFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
