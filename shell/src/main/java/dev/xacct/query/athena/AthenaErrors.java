package dev.xacct.query.athena;

import java.io.InterruptedIOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;

/** Reading SDK exceptions: the service's own message, and whether the call was cut short by an interrupt. */
final class AthenaErrors {

    private AthenaErrors() {}

    static String message(SdkException e) {
        if (e instanceof AwsServiceException service
                && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorMessage() != null) {
            String code = service.awsErrorDetails().errorCode();
            return (code == null ? "" : code + ": ") + service.awsErrorDetails().errorMessage();
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
