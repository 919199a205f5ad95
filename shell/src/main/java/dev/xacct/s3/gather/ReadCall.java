package dev.xacct.s3.gather;

import dev.xacct.policy.InputFormatException;
import dev.xacct.s3.evidence.Fact;
import dev.xacct.shell.MessageLines;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One read as one perspective: a refusal becomes an unknown fact saying who was refused what
 * and who could read it ("AccessDenied as 222222222222 (caller): only the bucket owner's account
 * can read the bucket policy"); a missing bucket or refused credentials stop gathering with a
 * {@link GatherException}. No call is retried and nothing is guessed.
 */
final class ReadCall {
    private ReadCall() {}

    static <T> Fact<T> read(AwsPerspective p, String bucket, String hint, Supplier<Fact<T>> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            stopIfFatal(p, bucket, e);
            String as = " as " + p.account() + " (" + p.name() + ")";
            if (e instanceof AwsServiceException) return Fact.unknown(Failures.code(e) + as + ": " + hint);
            return Fact.unknown("could not ask AWS" + as + ": " + MessageLines.firstLine(e.getMessage()));
        } catch (InputFormatException | IllegalArgumentException e) {
            return Fact.unknown("read as " + p.account() + " but could not be parsed: " + e.getMessage());
        }
    }

    /** {@link #read} on {@code executor}: the reads of IAM and Organizations chain these. */
    static <T> java.util.concurrent.CompletableFuture<Fact<T>> async(
            AwsPerspective p, java.util.concurrent.Executor executor, String hint, Supplier<Fact<T>> call) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p, null, hint, call), executor);
    }

    /** A request whose failure is itself the answer (HeadObject, a ranged GET). */
    static Reads.Answer answer(AwsPerspective p, String bucket, Supplier<Reads.Answer> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            stopIfFatal(p, bucket, e);
            if (!(e instanceof AwsServiceException))
                return new Reads.Answer(0, "ClientError", MessageLines.firstLine(e.getMessage()), null);
            return new Reads.Answer(Failures.status(e), Failures.code(e), Failures.message(e), null);
        }
    }

    private static void stopIfFatal(AwsPerspective p, String bucket, SdkException e) {
        if (bucket != null && "NoSuchBucket".equals(Failures.code(e))) {
            throw new GatherException(
                    "bucket " + bucket + " does not exist (NoSuchBucket): check the name in s3://" + bucket + "/…", e);
        }
        if (Failures.isCredentialProblem(e)) throw new GatherException(Failures.credentialAdvice(p.name(), e), e);
    }
}
