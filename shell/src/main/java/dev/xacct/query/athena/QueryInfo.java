package dev.xacct.query.athena;

import dev.xacct.render.Column;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One query as {@code query status} and {@code query history} show it. */
public record QueryInfo(
        String queryId,
        QueryState state,
        String statementType,
        String query,
        String workgroup,
        Optional<Instant> submitted,
        Duration elapsed,
        long bytesScanned,
        Optional<String> reason) {

    public static final List<Column> COLUMNS = List.of(
            Column.text("id"),
            Column.text("state"),
            Column.text("submitted"),
            Column.text("elapsed"),
            Column.text("scanned"),
            Column.text("cost"),
            Column.text("workgroup"),
            Column.text("query"));

    public String cost() {
        return ScanCost.formatFor(bytesScanned);
    }

    /** The reason a failed query gives, with a hint where one is known. */
    public Optional<String> reasonWithHint() {
        return reason.map(FailureHints::describe);
    }

    /** For {@code Renderer.printRecord}/{@code printRecords}; keys are {@link #COLUMNS}' names (status adds {@code reason}). */
    public Map<String, Object> toRecord() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", queryId);
        r.put("state", state.name());
        r.put("submitted", submitted.map(Instant::toString).orElse(""));
        r.put("elapsed", QueryStatistics.seconds(elapsed));
        r.put("scanned", ByteSize.format(bytesScanned));
        r.put("cost", cost());
        r.put("workgroup", workgroup == null ? "" : workgroup);
        r.put("query", query == null ? "" : query.replaceAll("\\s+", " ").strip());
        reasonWithHint().ifPresent(reasonText -> r.put("reason", reasonText));
        return r;
    }
}
