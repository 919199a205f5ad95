package dev.xacct.shell;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Why a connection failed, in the words {@code curl} would use ("connection refused", "unknown
 * host example.invalid", "no answer in time"), found anywhere in the cause chain. The JDK's and
 * the SDK's own text ({@code ConnectException}, {@code (SDK Attempt Count: 4)}) never reaches a
 * user; every "cannot reach" line in xacct gives the reason through here.
 */
public final class NetworkErrors {

    private NetworkErrors() {}

    /** The reason, lower case, when {@code error} or one of its causes is a network failure. */
    public static Optional<String> reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof PortUnreachableException) {
                return Optional.of("connection refused (nothing listens there)");
            }
            if (t instanceof UnknownHostException unknown) {
                String host = unknown.getMessage();
                return Optional.of("unknown host" + (host == null || host.isBlank() ? "" : " " + host.strip()));
            }
            if (t instanceof NoRouteToHostException) {
                return Optional.of("no route to host");
            }
            if (t instanceof HttpConnectTimeoutException) {
                return Optional.of("the connection was not accepted in time");
            }
            if (t instanceof SocketTimeoutException || t instanceof HttpTimeoutException) {
                return Optional.of("no answer in time");
            }
            if (t instanceof SSLException) {
                return Optional.of("the TLS handshake failed (is it an https endpoint with a valid certificate?)");
            }
            if (t instanceof java.nio.channels.ClosedChannelException
                    || (t instanceof IOException io
                            && io.getMessage() != null
                            && io.getMessage().toLowerCase(Locale.ROOT).contains("connection reset"))) {
                return Optional.of("the connection was closed before an answer came");
            }
        }
        return Optional.empty();
    }

    /**
     * The first line of an AWS SDK client message without the SDK's wrapping: no leading
     * "Unable to execute HTTP request:" and no trailing "(SDK Attempt Count: 4)".
     */
    public static String sdkMessage(String message) {
        return MessageLines.firstLine(String.valueOf(message))
                .replaceFirst("^Unable to execute HTTP request:?\\s*", "")
                .replaceFirst("\\s*\\(SDK Attempt Count: \\d+\\)$", "");
    }

    /** As {@link #reason}, or a plain "the connection failed" when the cause is not one it knows. */
    public static String reasonOrGeneric(Throwable error) {
        return reason(error).orElse("the connection failed");
    }
}
