package dev.xacct.query.athena;

import dev.xacct.aws.AwsErrors;
import java.io.InterruptedIOException;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;

/** Reading SDK exceptions: the service's own message, and whether the call was cut short by an interrupt. */
final class AthenaErrors {

    private AthenaErrors() {}

    static String message(SdkException e) {
        if (e instanceof AwsServiceException) {
            Optional<String> message = AwsErrors.message(e);
            if (message.isPresent()) {
                return AwsErrors.code(e).map(code -> code + ": ").orElse("") + message.get();
            }
        }
        return e.getMessage();
    }

    /** The SDK reports an interrupted call as an AbortedException or an I/O error caused by the interrupt. */
    static boolean isInterrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AbortedException
                    || t instanceof InterruptedException
                    || (t instanceof InterruptedIOException && !(t instanceof java.net.SocketTimeoutException))) {
                return true;
            }
        }
        return Thread.currentThread().isInterrupted();
    }
}
