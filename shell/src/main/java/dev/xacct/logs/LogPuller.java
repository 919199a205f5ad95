package dev.xacct.logs;

import static dev.xacct.shell.MessageLines.firstLine;

import dev.xacct.aws.AwsErrors;
import dev.xacct.shell.PrivateFiles;
import dev.xacct.shell.UserError;
import dev.xacct.template.PartitionScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code logs pull}: plans the day folders ({@link PrefixPlanner}), lists them, skips what is
 * already here ({@link LocalCopy}), and downloads the rest with at most {@code concurrency} at a
 * time, each into a temporary file moved into place once complete. An interrupt of the calling
 * thread (Ctrl-C) stops it: downloads not started are dropped, running ones are abandoned, their
 * temporary files removed, and the result says so.
 */
public final class LogPuller {

    /**
     * What to pull. Dates of {@code scope} are delivery dates (the key's {@code yyyy/MM/dd});
     * {@code layout} says which files are wanted ({@link LogLayout#CLOUDTRAIL} or a table kind's).
     */
    public record Request(
            LogSource source,
            Optional<String> org,
            PartitionScope scope,
            Path dest,
            int concurrency,
            LogLayout layout) {
        /** A CloudTrail pull. */
        public Request(LogSource source, Optional<String> org, PartitionScope scope, Path dest, int concurrency) {
            this(source, org, scope, dest, concurrency, LogLayout.CLOUDTRAIL);
        }
    }

    /** Told how the pull goes, on the calling thread, a few times a second. */
    public interface Listener {
        default void listing(int done, int total) {}

        default void progress(PullProgress progress) {}
    }

    private static final Duration TICK = Duration.ofMillis(250);
    private static final int FAILURES_KEPT = 5;

    private final S3LogBucket bucket;
    private final Supplier<String> identity;

    /** {@code identity} names the caller in AccessDenied messages (the session's ARN); asked only then. */
    public LogPuller(S3LogBucket bucket, Supplier<String> identity) {
        this.bucket = bucket;
        this.identity = identity;
    }

    /**
     * Plans the day prefixes, lists them and downloads each file not already there with the same
     * size (to a {@code .part} file, then renamed). A file that fails is listed in the result; the
     * others go on. Interrupting the thread stops the pull and leaves no partial file.
     *
     * @throws UserError when the bucket does not exist, a listing is denied, or nothing matches
     */
    public PullResult pull(Request request, Listener listener) {
        LogSource source = request.source();
        LogLayout layout = request.layout();
        PrefixPlan plan = layout.plan(
                source, request.org(), request.scope(), prefix -> guarded(prefix, () -> bucket.folders(prefix)));
        if (plan.dayPrefixes().isEmpty()) {
            throw new UserError("no " + layout.noun() + " folders under " + source.uri(layout.root(source))
                    + lookedFor(request, plan)
                    + ": check the bucket and prefix (the S3 key prefix set on the log delivery goes before AWSLogs/)");
        }
        Path dest = request.dest().toAbsolutePath().normalize();
        ExecutorService pool = Executors.newFixedThreadPool(request.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "xacct-logs-pull");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Optional<List<RemoteFile>> listed = list(pool, plan.dayPrefixes(), request, listener);
            if (listed.isEmpty()) {
                return new PullResult(
                        new PullProgress(0, 0, 0, 0, 0, 0, Duration.ZERO), plan, dest, true, List.of(), false);
            }
            List<RemoteFile> files = listed.get();
            if (files.isEmpty()) {
                throw new UserError("no " + layout.noun() + " files in " + source.uri(layout.root(source))
                        + lookedFor(request, plan) + " (" + plan.dayPrefixes().size() + " day folders listed)");
            }
            return download(pool, files, plan, dest, listener);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- listing --------------------------------------------------------------------------------

    private Optional<List<RemoteFile>> list(
            ExecutorService pool, List<String> days, Request request, Listener listener) {
        PartitionScope scope = request.scope();
        ConcurrentLinkedQueue<RemoteFile> found = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<RuntimeException> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch left = new CountDownLatch(days.size());
        for (String day : days) {
            pool.execute(() -> {
                try {
                    for (RemoteFile file : guarded(day, () -> bucket.files(day))) {
                        if (request.layout().accepts(file.key(), scope)) {
                            found.add(file);
                        }
                    }
                } catch (RuntimeException e) {
                    errors.add(e);
                } finally {
                    left.countDown();
                }
            });
        }
        try {
            while (!left.await(TICK.toMillis(), TimeUnit.MILLISECONDS)) {
                if (!errors.isEmpty()) {
                    break;
                }
                listener.listing(days.size() - (int) left.getCount(), days.size());
            }
        } catch (InterruptedException e) {
            return Optional.empty();
        }
        if (!errors.isEmpty()) {
            throw errors.peek();
        }
        listener.listing(days.size(), days.size());
        List<RemoteFile> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(RemoteFile::key));
        return Optional.of(sorted);
    }

    // ---- downloading ----------------------------------------------------------------------------

    private PullResult download(
            ExecutorService pool, List<RemoteFile> files, PrefixPlan plan, Path dest, Listener listener) {
        List<RemoteFile> missing = new ArrayList<>();
        long bytes = 0;
        for (RemoteFile file : files) {
            if (!LocalCopy.upToDate(localSize(LocalCopy.target(dest, file.key())), file.size())) {
                missing.add(file);
                bytes += file.size();
            }
        }
        int skipped = files.size() - missing.size();
        long toCopy = bytes;
        AtomicInteger copied = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong bytesCopied = new AtomicLong();
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicBoolean denied = new AtomicBoolean();
        Set<Path> temporaries = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<PullResult.Failure> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch left = new CountDownLatch(missing.size());
        long started = System.nanoTime();
        for (RemoteFile file : missing) {
            pool.execute(() -> {
                try {
                    if (cancelled.get()) {
                        return;
                    }
                    fetch(file, dest, temporaries);
                    copied.incrementAndGet();
                    bytesCopied.addAndGet(file.size());
                } catch (RuntimeException | IOException e) {
                    if (cancelled.get() || Thread.currentThread().isInterrupted()) {
                        return;
                    }
                    failed.incrementAndGet();
                    if (e instanceof S3Exception s3 && s3.statusCode() == 403) {
                        denied.set(true);
                    }
                    if (failures.size() < FAILURES_KEPT) {
                        failures.add(new PullResult.Failure(file.key(), reason(e)));
                    }
                } finally {
                    left.countDown();
                }
            });
        }
        Supplier<PullProgress> progress = () -> new PullProgress(
                files.size(),
                skipped,
                copied.get(),
                failed.get(),
                toCopy,
                bytesCopied.get(),
                Duration.ofNanos(System.nanoTime() - started));
        boolean interrupted = false;
        try {
            while (!left.await(TICK.toMillis(), TimeUnit.MILLISECONDS)) {
                listener.progress(progress.get());
            }
        } catch (InterruptedException e) {
            interrupted = true;
            cancelled.set(true);
            pool.shutdownNow();
            awaitQuietly(pool);
            for (Path temporary : temporaries) {
                deleteQuietly(temporary);
            }
        }
        PullProgress last = progress.get();
        listener.progress(last);
        return new PullResult(last, plan, dest, interrupted, List.copyOf(failures), denied.get());
    }

    private void fetch(RemoteFile file, Path dest, Set<Path> temporaries) throws IOException {
        Path target = LocalCopy.target(dest, file.key());
        Files.createDirectories(target.getParent());
        Path temporary =
                LocalCopy.temporary(target, UUID.randomUUID().toString().substring(0, 8));
        temporaries.add(temporary);
        try {
            bucket.download(file.key(), temporary);
            PrivateFiles.file(temporary); // a log is account data: 0600 whatever the umask
            long size = Files.size(temporary);
            if (size != file.size()) {
                throw new IOException("got " + size + " bytes of " + file.size());
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            deleteQuietly(temporary);
            temporaries.remove(temporary);
        }
    }

    private static OptionalLong localSize(Path target) {
        try {
            return Files.isRegularFile(target) ? OptionalLong.of(Files.size(target)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a .part file is never read as CloudTrail
        }
    }

    // ---- errors ---------------------------------------------------------------------------------

    /** Runs one S3 listing; a missing bucket or a denied prefix becomes one clear line. */
    private <T> T guarded(String prefix, Supplier<T> call) {
        try {
            return call.get();
        } catch (S3Exception e) {
            if (e instanceof NoSuchBucketException
                    || AwsErrors.code(e).filter("NoSuchBucket"::equals).isPresent()) {
                throw new UserError("bucket '" + bucket.bucket() + "' does not exist: check the name in s3://"
                        + bucket.bucket() + " (and --endpoint-url, if you use one)");
            }
            if (e.statusCode() == 403) {
                throw new UserError(
                        "access denied listing s3://" + bucket.bucket() + "/" + prefix + " as " + who()
                                + ": that identity needs s3:ListBucket on arn:aws:s3:::" + bucket.bucket()
                                + " for this prefix (assume a role in the log-archive account first?)",
                        e);
            }
            throw e;
        }
    }

    /** The AccessDenied line for downloads, once the pull knows some were denied. */
    public String deniedMessage(PullResult result) {
        String key = result.failures().isEmpty() ? "" : result.failures().get(0).key();
        return "access denied reading s3://" + bucket.bucket() + "/" + key + " as " + who()
                + ": that identity needs s3:GetObject on the trail's objects (and kms:Decrypt if the trail uses SSE-KMS)";
    }

    private String who() {
        try {
            return identity.get();
        } catch (RuntimeException e) {
            return "the current session";
        }
    }

    private static String reason(Exception e) {
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            return s3.awsErrorDetails().errorCode() + " (" + s3.statusCode() + ")";
        }
        if (e instanceof UncheckedIOException io) {
            return io.getCause().getMessage();
        }
        if (e instanceof SdkException sdk) {
            return firstLine(sdk.getMessage());
        }
        return e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
    }

    private static String lookedFor(Request request, PrefixPlan plan) {
        PartitionScope scope = request.scope();
        return " for " + scope.from() + " to " + scope.to()
                + (request.org().isPresent()
                        ? ", organization " + request.org().get()
                        : plan.organizations().isEmpty()
                                ? ""
                                : ", organizations " + String.join(",", plan.organizations()))
                + ", accounts " + listed(scope.accounts(), plan.accounts())
                + ", regions " + listed(scope.regions(), plan.regions());
    }

    private static String listed(Collection<String> asked, Collection<String> found) {
        if (!asked.isEmpty()) {
            return String.join(",", asked);
        }
        return found.isEmpty() ? "(none found)" : "all (" + String.join(",", found) + ")";
    }
}
