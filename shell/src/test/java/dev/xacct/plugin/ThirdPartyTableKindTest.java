package dev.xacct.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.QueryRequest;
import dev.xacct.query.local.LocalEngine;
import dev.xacct.query.local.kind.KindTables;
import dev.xacct.render.ResultStream;
import dev.xacct.template.PartitionScope;
import dev.xacct.testing.TestPluginJar;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin jar built outside xacct's build brings a table kind: AWS WAF logs, JSON lines in
 * {@code AWSLogs/ACCOUNT/WAFLogs/REGION/WEBACL/yyyy/MM/dd/HH/mm/}, as in docs/plugins.md. The jar
 * is compiled here against the plugin API only, loaded by the real loader in its own class
 * loader, and its table answers on the local engine with partition values from the key.
 */
class ThirdPartyTableKindTest {

    @TempDir
    Path home;

    static final String SOURCE = """
            package com.example.waf;

            import dev.xacct.plugin.api.*;
            import java.util.List;

            public class WafLogsPlugin implements XacctPlugin {
                public String name() { return "waf-logs"; }
                public String version() { return "1.0.0"; }
                public List<TableKind> tableKinds() { return List.of(new WafLogs()); }

                static final class WafLogs implements TableKind {
                    static final List<TableColumn> COLUMNS = List.of(
                            TableColumn.of("timestamp", "bigint"),
                            TableColumn.of("action", "string"),
                            TableColumn.of("httprequest", "struct<clientip:string,uri:string>"));
                    public String name() { return "waf-logs"; }
                    public String table() { return "waf_logs"; }
                    public String description() { return "AWS WAF logs"; }
                    public List<TableColumn> columns() { return COLUMNS; }
                    public List<KeyLayout> layouts() {
                        return List.of(KeyLayout.s3("default",
                                "AWSLogs/{account}/WAFLogs/{region}/{webacl}/{yyyy}/{MM}/{dd}/{HH}/{mm}/", "WAF to S3"));
                    }
                    public List<String> keyColumns() { return List.of("webacl"); }
                    public boolean isLogFile(String name) { return name.endsWith(".log.gz"); }
                    public List<String> athenaDdl(TableOptions options) {
                        throw new IllegalArgumentException("see AWS's WAF DDL");
                    }
                    public LocalReader localReader() {
                        return files -> files.isEmpty()
                                ? DuckDbSql.empty(COLUMNS, keyColumns())
                                : DuckDbSql.withPartitions(
                                        "SELECT \\"timestamp\\", action, {'clientip': httpRequest.clientIp,"
                                                + " 'uri': httpRequest.uri} AS httprequest, filename FROM read_json("
                                                + DuckDbSql.fileList(files) + ", format='newline_delimited',"
                                                + " columns={timestamp: 'BIGINT', action: 'VARCHAR',"
                                                + " httpRequest: 'STRUCT(clientIp VARCHAR, uri VARCHAR)'}, filename=true)",
                                        COLUMNS, keyColumns(), files);
                    }
                }
            }
            """;

    @Test
    void aJarFromOutsideTheBuildContributesATableTheLocalEngineReads() throws Exception {
        Path jar = buildJar();
        PluginLoadResult loaded = new PluginLoader().loadJar(jar);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.plugins()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("waf-logs");
            assertThat(p.tableKinds()).extracting(k -> k.table()).containsExactly("waf_logs");
        });

        Path logs = home.resolve("logs");
        write(
                logs.resolve("AWSLogs/111111111111/WAFLogs/us-east-1/shop-acl/2025/06/19/03/15/a.log.gz"),
                "{\"timestamp\":1750303000000,\"action\":\"BLOCK\",\"httpRequest\":{\"clientIp\":\"203.0.113.66\",\"uri\":\"/admin\"}}",
                "{\"timestamp\":1750303001000,\"action\":\"ALLOW\",\"httpRequest\":{\"clientIp\":\"192.0.2.1\",\"uri\":\"/\"}}");
        write(
                logs.resolve("AWSLogs/222222222222/WAFLogs/eu-west-1/api-acl/2025/06/20/00/05/b.log.gz"),
                "{\"timestamp\":1750377900000,\"action\":\"BLOCK\",\"httpRequest\":{\"clientIp\":\"198.51.100.9\",\"uri\":\"/x\"}}");

        try (LocalEngine engine =
                new LocalEngine(100, () -> KindTables.of(loaded.plugins().get(0).tableKinds()))) {
            List<List<Object>> rows = new ArrayList<>();
            String sql = "SELECT httprequest.clientip, webacl, accountid, region, \"date\" FROM waf_logs"
                    + " WHERE action = 'BLOCK' ORDER BY 1";
            try (ResultStream r = engine.execute(QueryRequest.of(sql)
                    .withSource(logs)
                    .withScope(PartitionScope.days(LocalDate.of(2025, 6, 19), LocalDate.of(2025, 6, 20))))) {
                rows.addAll(r.nextPage());
            }
            assertThat(rows)
                    .containsExactly(
                            List.of("198.51.100.9", "api-acl", "222222222222", "eu-west-1", "2025/06/20"),
                            List.of("203.0.113.66", "shop-acl", "111111111111", "us-east-1", "2025/06/19"));
        }
    }

    private Path buildJar() throws Exception {
        return TestPluginJar.build(
                home,
                home.resolve("xacct-plugin-waf-logs-1.0.0.jar"),
                "com.example.waf.WafLogsPlugin",
                SOURCE,
                Map.of());
    }

    private static void write(Path file, String... lines) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
