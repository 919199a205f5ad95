package dev.xacct.query.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xacct.render.Column;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergedColumnsTest {

    private static final Column EVENT = Column.text("eventname");
    private static final Column N = Column.number("n");
    private static final Column REGION = Column.text("region");

    @Test
    void theMergedColumnsAreAccountTheUnionInFirstSeenOrderThenError() {
        MergedColumns merged =
                MergedColumns.union(List.of(List.of(EVENT, N), List.of(REGION, N, new Column("eventname", "bigint"))));

        assertThat(merged.all()).containsExactly(Column.text("account"), EVENT, N, REGION, Column.text("error"));
    }

    @Test
    void sameColumnsGiveTheQuerysColumnsUnchanged() {
        assertThat(MergedColumns.union(List.of(List.of(EVENT, N), List.of(EVENT, N)))
                        .queryColumns())
                .containsExactly(EVENT, N);
        assertThat(MergedColumns.union(List.of()).all()).containsExactly(Column.text("account"), Column.text("error"));
    }

    @Test
    void anAccountsRowLandsInTheMergedPlacesByNameWithNullsElsewhere() {
        MergedColumns merged = MergedColumns.union(List.of(List.of(EVENT, N, REGION)));
        List<Column> theirs = List.of(REGION, EVENT);

        int[] at = merged.positions(theirs);

        assertThat(at).containsExactly(3, 1);
        assertThat(merged.row("111111111111", at, Arrays.asList("eu-west-1", "ConsoleLogin")))
                .containsExactly("111111111111", "ConsoleLogin", null, "eu-west-1", null);
        assertThat(merged.missing(theirs)).isEmpty();
    }

    @Test
    void columnsOutsideTheMergedSetAreNamedAndAFailureIsAnErrorRow() {
        MergedColumns merged = MergedColumns.union(List.of(List.of(EVENT, N)));
        List<Column> theirs = List.of(EVENT, REGION);

        assertThat(merged.missing(theirs)).containsExactly("region");
        assertThat(merged.row("2", merged.positions(theirs), Arrays.asList("GetObject", "us-east-1")))
                .containsExactly("2", "GetObject", null, null);
        assertThat(merged.errorRow("333333333333", "cannot assume AuditRole: access denied"))
                .containsExactly("333333333333", null, null, "cannot assume AuditRole: access denied");
    }

    @Test
    void aQueryColumnNamedAccountOrErrorDoesNotTakeTheFanOutsOwnPlaces() {
        MergedColumns merged = MergedColumns.union(List.of(List.of(Column.text("account"), EVENT)));
        int[] at = merged.positions(List.of(Column.text("account"), EVENT));

        assertThat(merged.row("111111111111", at, Arrays.asList("999999999999", "x")))
                .containsExactly("111111111111", "999999999999", "x", null);
    }
}
