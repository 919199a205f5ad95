package dev.xacct.query.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.query.QueryRequest;
import dev.xacct.render.ResultStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Results come page by page and stop when closed. */
class StreamingTest {

    @TempDir
    Path empty;

    @Test
    void readsALargeResultPageByPageAndStopsWhenClosed() {
        try (LocalEngine engine = new LocalEngine(500)) {
            // ten billion rows: only a streaming engine can give the first pages at all
            ResultStream rows = engine.execute(
                    QueryRequest.of("SELECT i FROM range(10000000000) t(i)").withSource(empty));
            List<List<Object>> first = rows.nextPage();
            List<List<Object>> second = rows.nextPage();
            assertThat(first).hasSize(500);
            assertThat(first.get(0)).containsExactly(0L);
            assertThat(second.get(0)).containsExactly(500L);

            rows.close();
            assertThat(rows.nextPage()).isEmpty();
            rows.close();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a guard against hanging, not a speed check
    void closingFromAnotherThreadCancelsARunningQuery() throws Exception {
        try (LocalEngine engine = new LocalEngine()) {
            ResultStream rows =
                    engine.execute(QueryRequest.of("SELECT count(*) FROM range(1000000000000) a(i) WHERE i % 7 = 3")
                            .withSource(empty));
            CompletableFuture<List<List<Object>>> page = CompletableFuture.supplyAsync(rows::nextPage);
            Thread.sleep(300);
            rows.close();
            assertThat(page.get(100, TimeUnit.SECONDS)).isEmpty();
        }
    }
}
