package dev.xacct.s3.gather;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Records every AWS call made while a {@link CallRecorder} is current on the calling thread
 * (its start and end), for the gathering's call count and critical path. The SDK loads it for
 * every client from {@code software/amazon/awssdk/global/handlers/execution.interceptors} (its
 * documented global-interceptor hook), so whatever builds the clients, calls are counted; with
 * no recorder current it does nothing.
 */
public final class RecordingInterceptor implements ExecutionInterceptor {
    private static final ExecutionAttribute<CallRecorder> RECORDER = new ExecutionAttribute<>("xacct.callRecorder");
    private static final ExecutionAttribute<Long> START = new ExecutionAttribute<>("xacct.callStart");
    private static final ExecutionAttribute<Integer> DEPTH = new ExecutionAttribute<>("xacct.callDepth");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        CallRecorder recorder = CallRecorder.current();
        if (recorder == null) return;
        attributes.putAttribute(RECORDER, recorder);
        attributes.putAttribute(START, System.nanoTime());
        attributes.putAttribute(DEPTH, CallRecorder.callStarts());
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        done(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        done(attributes);
    }

    private static void done(ExecutionAttributes attributes) {
        CallRecorder recorder = attributes.getAttribute(RECORDER);
        Long start = attributes.getAttribute(START);
        Integer depth = attributes.getAttribute(DEPTH);
        if (recorder == null || start == null || depth == null) return;
        CallRecorder.callEnded(depth);
        recorder.record(new CallRecorder.Call(
                attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
                attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                start,
                System.nanoTime(),
                depth));
    }
}
