package dev.xacct.query.athena;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.testing.XacctTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C in a one-shot run while an Athena query runs: the query is stopped in AWS, then the run ends with 130. */
class AthenaInterruptIT {

    @TempDir
    Path home;

    @Test
    void ctrlCStopsTheRunningQueryAndEndsTheRunWith130() throws Exception {
        try (AthenaStub athena = new AthenaStub()) {
            athena.on("StartQueryExecution", r -> "{\"QueryExecutionId\": \"q-1\"}");
            athena.on(
                    "GetQueryExecution",
                    r -> AthenaStub.execution(
                            "q-1", athena.count("StopQueryExecution") > 0 ? "CANCELLED" : "RUNNING", null, 0, "DML"));
            athena.on("StopQueryExecution", r -> "{}");
            athena.on("GetWorkGroup", r -> "{\"WorkGroup\": {\"Name\": \"primary\", \"Configuration\": {}}}");
            Files.writeString(home.resolve("athena.properties"), "output=s3\\://results/q/\n");
            Map<String, String> aws = Map.of(
                    "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
                    "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                    "AWS_REGION", "us-east-1");
            try (XacctTerminal run = XacctTerminal.start(
                    home,
                    120,
                    30,
                    aws,
                    "--endpoint-url",
                    athena.endpoint(),
                    "-c",
                    "sql \"SELECT 1\" --engine athena")) {
                while (athena.count("GetQueryExecution") < 2) {
                    Thread.sleep(100);
                }
                run.type("\u0003"); // Ctrl-C: the terminal sends SIGINT
                assertThat(run.exitCode()).isEqualTo(130);
                assertThat(run.text()).contains("interrupted");
            }
            assertThat(athena.count("StopQueryExecution")).isEqualTo(1);
        }
    }
}
