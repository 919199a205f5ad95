package dev.xacct.query.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.QueryRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each Trino function the templates may use, against the answer Trino gives. */
class TrinoFunctionsTest {

    private static LocalEngine engine;

    @TempDir
    static Path empty;

    @BeforeAll
    static void start() {
        engine = new LocalEngine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            nullValues = "NULL",
            value = {
                "json_extract_scalar('{\"a\":{\"b\":\"x\"}}', '$.a.b')                 | x",
                "json_extract_scalar('{\"aws:SourceIp\":\"1.2.3.4\"}', '$[\"aws:SourceIp\"]') | 1.2.3.4",
                "json_extract_scalar('{\"a\":[10,20]}', '$.a[1]')                      | 20",
                "json_extract_scalar('{\"a\":{\"b\":1}}', '$.a')                       | NULL",
                "json_extract_scalar('{\"a\":[1]}', '$.a')                             | NULL",
                "json_extract_scalar('{\"a\":null}', '$.a')                            | NULL",
                "json_extract_scalar('{\"a\":true}', '$.a')                            | true",
                "CAST(json_format(json_parse('{\"a\": 1}')) AS VARCHAR)                | {\"a\":1}",
                "regexp_like('AccessDenied', '^Access')                                | true",
                "regexp_like('Client.UnauthorizedOperation', 'Denied')                 | false",
                "regexp_extract('user/alice', 'user/(.*)', 1)                          | alice",
                "regexp_extract('role/x', 'user/(.*)', 1)                              | NULL",
                "regexp_extract('abc123', '[0-9]+')                                    | 123",
                "regexp_replace('a-b-c', '-', '+')                                     | a+b+c",
                "regexp_replace('alice@example.com', '(.*)@(.*)', '$2:$1')             | example.com:alice",
                "regexp_replace('a1b2', '[0-9]')                                       | ab",
                "to_iso8601(from_iso8601_timestamp('2025-03-06T02:25:06Z'))            | 2025-03-06T02:25:06.000Z",
                "to_iso8601(from_iso8601_date('2025-03-06'))                           | 2025-03-06",
                "date_format(from_iso8601_timestamp('2025-03-06T02:05:09Z'), '%Y-%m-%d %H:%i:%s') | 2025-03-06 02:05:09",
                "date_format(from_iso8601_timestamp('2025-03-06T14:05:09Z'), '%M %e, %Y %h:%i %p') | March 6, 2025 02:05 PM",
                "date_format(from_iso8601_timestamp('2025-03-06T02:05:09Z'), '%T')     | 02:05:09",
                "to_iso8601(date_trunc('hour', from_iso8601_timestamp('2025-03-06T02:25:06Z'))) | 2025-03-06T02:00:00.000Z",
                "to_iso8601(date_add('day', 2, from_iso8601_timestamp('2025-03-06T02:25:06Z')))  | 2025-03-08T02:25:06.000Z",
                "to_iso8601(date_add('hour', -3, from_iso8601_timestamp('2025-03-06T02:25:06Z'))) | 2025-03-05T23:25:06.000Z",
                "date_diff('day', from_iso8601_timestamp('2025-03-01T23:00:00Z'), from_iso8601_timestamp('2025-03-02T01:00:00Z')) | 0",
                "date_diff('hour', from_iso8601_timestamp('2025-03-01T23:00:00Z'), from_iso8601_timestamp('2025-03-02T01:30:00Z')) | 2",
                "from_iso8601_timestamp('2025-03-06T02:25:06Z') > from_iso8601_timestamp('2025-03-06T02:25:05.999Z') | true",
                "to_iso8601(from_unixtime(0))                                          | 1970-01-01T00:00:00.000Z",
                "cardinality(ARRAY['a', 'b', 'c'])                                     | 3",
                "cardinality(split('a,b', ','))                                        | 2",
                "split('a,b', ',')[2]                                                  | b",
                "contains(ARRAY['us-east-1', 'eu-west-1'], 'eu-west-1')                | true",
                "(SELECT approx_distinct(x) FROM (VALUES (1), (2), (2)) t(x))          | 2",
                "(SELECT count_if(x > 1) FROM (VALUES (1), (2), (3)) t(x))             | 2",
            })
    void behavesLikeTrino(String expression, String expected) {
        Object value = Results.single(
                engine.execute(QueryRequest.of("SELECT " + expression).withSource(empty)));
        assertThat(value == null ? null : value.toString()).isEqualTo(expected);
    }
}
