package dev.xacct.template.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.template.BindResult;
import dev.xacct.template.Template;
import dev.xacct.template.TemplateBinder;
import dev.xacct.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedTemplatesLintTest {
    /** Functions the local engine provides as DuckDB macros; docs/templates.md lists the same. */
    private static final List<String> PORTABLE_FUNCTIONS = List.of(
            "json_extract_scalar",
            "regexp_like",
            "from_iso8601_timestamp",
            "date_format",
            "date_trunc",
            "cardinality",
            "coalesce",
            "lower",
            "count",
            "min",
            "max",
            "cast");

    private static final Pattern CALL = Pattern.compile("\\b([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final List<String> KEYWORDS = List.of("in", "and", "or", "between", "as", "distinct", "not");

    static Stream<Template> shipped() {
        return TemplateCatalog.load(ShippedTemplatesLintTest.class.getClassLoader(), null, List.of())
                .templates()
                .stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void lintsClean(Template t) {
        assertThat(new TemplateLinter().lint(t)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void bindsWithRealisticValuesAndUsesOnlyPortableFunctions(Template t) {
        List<String> params = new java.util.ArrayList<>(List.of(
                "start=2025-03-06", "end=2025-03-07", "accounts=111111111111,222222222222", "regions=us-east-1"));
        t.parameters().stream()
                .filter(p -> p.required() && !p.name().equals("start"))
                .forEach(p -> params.add(p.name() + "=" + p.lintSample()));
        var result = new TemplateBinder().bind(t, params, "audit.cloudtrail");
        assertThat(result).isInstanceOf(BindResult.Bound.class);
        String sql = ((BindResult.Bound) result).sql();
        assertThat(sql)
                .contains("FROM audit.cloudtrail")
                .contains("\"date\" BETWEEN '2025/03/05' AND '2025/03/08'")
                .contains("accountid IN ('111111111111', '222222222222')")
                .contains("region IN ('us-east-1')");
        Matcher m = CALL.matcher(sql.replaceAll("'(?:[^']|'')*'", "''"));
        while (m.find()) {
            String fn = m.group(1).toLowerCase(java.util.Locale.ROOT);
            if (!KEYWORDS.contains(fn)) {
                assertThat(PORTABLE_FUNCTIONS).as(t.id() + " calls " + fn).contains(fn);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void packFolderLintsCleanFromTheSourceTree() {
        Path pack = Path.of("..", "templates", "cloudtrail");
        assertThat(new TemplateLinter().lintPath(pack)).isEmpty();
    }
}
