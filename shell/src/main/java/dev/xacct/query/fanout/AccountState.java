package dev.xacct.query.fanout;

import dev.xacct.query.athena.ByteSize;
import dev.xacct.query.athena.ScanCost;
import java.time.Duration;

/** Where one account of a fan-out is: what the shell prints on stderr, one line per change. */
public sealed interface AccountState {

    /** {@code queued}, {@code assuming}, {@code running 12s}, {@code done 42 rows, scanned 1.2 GB, cost $0.0059}, {@code failed: reason}, {@code cancelled}. */
    String describe();

    /** Final states: nothing more will be reported for the account. */
    default boolean isFinal() {
        return this instanceof Done || this instanceof Failed || this instanceof Cancelled;
    }

    /** Waiting for a free slot (at most {@code concurrency} accounts assume their role at once). */
    record Queued() implements AccountState {
        public String describe() {
            return "queued";
        }
    }

    /** AssumeRole into the account. */
    record Assuming() implements AccountState {
        public String describe() {
            return "assuming";
        }
    }

    /** The account's query is queued or running in its Athena; reported after every poll. */
    record Running(String queryId, Duration elapsed) implements AccountState {
        public String describe() {
            return "running " + elapsed.toSeconds() + "s";
        }
    }

    /**
     * Every row of the account has been handed to the merged stream; its query scanned
     * {@code bytesScanned} bytes (Athena's DataScannedInBytes), what the account is billed for.
     */
    record Done(long rows, long bytesScanned) implements AccountState {
        public String describe() {
            return "done " + rows + (rows == 1 ? " row" : " rows") + ", scanned " + ByteSize.format(bytesScanned)
                    + ", cost " + ScanCost.formatFor(bytesScanned);
        }
    }

    /** The account gave no rows; the merged stream carries one row with this reason in {@code error}. */
    record Failed(String reason) implements AccountState {
        public String describe() {
            return "failed: " + reason;
        }
    }

    /** Stopped because the stream was closed or its reader interrupted. */
    record Cancelled() implements AccountState {
        public String describe() {
            return "cancelled";
        }
    }
}
