package dev.xacct.query.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.QueryRequest;
import dev.xacct.render.Column;
import dev.xacct.render.ResultStream;
import dev.xacct.template.ddl.CloudTrailTableDdl;
import dev.xacct.template.ddl.HiveDdl;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One schema, two engines: the columns of {@code table create cloudtrail}'s Athena DDL and of the
 * local engine's {@code cloudtrail} view are the same names, in the same order, with the same
 * types (nested fields included), so a template that runs on one cannot fail on the other for a
 * missing column.
 */
class SchemaParityTest {

    @Test
    void athenaDdlAndLocalViewHaveTheSameColumns(@TempDir Path empty) {
        HiveDdl ddl = HiveDdl.parse(CloudTrailTableDdl.builder()
                .bucket("ct-bucket")
                .accounts(List.of("111111111111"))
                .from(LocalDate.of(2025, 1, 1))
                .build()
                .ddl());
        Map<String, String> athena = new LinkedHashMap<>(ddl.columns());
        athena.putAll(ddl.partitions());

        Map<String, String> local = new LinkedHashMap<>();
        try (LocalEngine engine = new LocalEngine();
                ResultStream result = engine.execute(
                        QueryRequest.of("SELECT * FROM cloudtrail").withSource(empty))) {
            for (Column c : result.columns()) {
                local.put(c.name(), hiveSpelling(c.type()));
            }
        }

        assertThat(List.copyOf(local.entrySet())).containsExactlyElementsOf(athena.entrySet());
    }

    /** A DuckDB type ({@code STRUCT("type" VARCHAR, …)[]}) in {@link HiveDdl}'s canonical spelling. */
    static String hiveSpelling(String duckDbType) {
        return new DuckType(duckDbType.strip()).type();
    }

    private static final class DuckType {
        private final String text;
        private int at;

        DuckType(String text) {
            this.text = text;
        }

        String type() {
            String base;
            String word = word().toLowerCase(Locale.ROOT);
            switch (word) {
                case "struct" -> {
                    expect('(');
                    List<String> fields = new ArrayList<>();
                    do {
                        String name = word().toLowerCase(Locale.ROOT);
                        fields.add(name + ":" + type());
                    } while (accept(','));
                    expect(')');
                    base = "struct<" + String.join(",", fields) + ">";
                }
                case "map" -> {
                    expect('(');
                    String key = type();
                    expect(',');
                    String value = type();
                    expect(')');
                    base = "map<" + key + "," + value + ">";
                }
                case "varchar" -> base = "string";
                default -> base = word;
            }
            while (accept('[')) {
                expect(']');
                base = "array<" + base + ">";
            }
            return base;
        }

        private String word() {
            skipSpaces();
            if (text.charAt(at) == '"') {
                int end = text.indexOf('"', at + 1);
                String quoted = text.substring(at + 1, end);
                at = end + 1;
                return quoted;
            }
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            return text.substring(start, at);
        }

        private boolean accept(char c) {
            skipSpaces();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) {
                throw new IllegalArgumentException("expected " + c + " at " + at + " in " + text);
            }
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
