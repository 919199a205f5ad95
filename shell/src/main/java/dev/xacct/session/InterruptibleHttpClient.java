package dev.xacct.session;

import dev.xacct.shell.Interrupts;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * The SDK's HTTP client, made to stop on Ctrl-C. A thread blocked in a socket read does not see
 * an interrupt, so a call to an endpoint that does not answer used to hold the shell until the
 * socket timed out (28 s). Every request registers its abort with {@link Interrupts} while it is
 * in flight, its response body included (S3 downloads), so Ctrl-C closes the connection at once and
 * the SDK reports the call as interrupted.
 */
final class InterruptibleHttpClient implements SdkHttpClient {

    private final SdkHttpClient delegate;

    InterruptibleHttpClient(SdkHttpClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        ExecutableHttpRequest prepared = delegate.prepareRequest(request);
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() throws IOException {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("interrupted before the request was sent");
                }
                Interrupts.Registration registration = Interrupts.onInterrupt(prepared::abort);
                HttpExecuteResponse response;
                try {
                    response = prepared.call();
                } catch (IOException | RuntimeException e) {
                    registration.close();
                    throw e;
                }
                if (response.responseBody().isEmpty()) {
                    registration.close();
                    return response;
                }
                AbortableInputStream body = response.responseBody().get();
                Interrupts.Registration reading = Interrupts.onInterrupt(body::abort);
                registration.close();
                AbortableInputStream watched = AbortableInputStream.create(
                        new FilterInputStream(body) {
                            @Override
                            public void close() throws IOException {
                                try {
                                    super.close();
                                } finally {
                                    reading.close();
                                }
                            }
                        },
                        () -> {
                            reading.close();
                            body.abort();
                        });
                return HttpExecuteResponse.builder()
                        .response(response.httpResponse())
                        .responseBody(watched)
                        .build();
            }

            @Override
            public void abort() {
                prepared.abort();
            }
        };
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
