package dev.xacct.query.local.cache;

import dev.xacct.query.QueryFailedException;
import dev.xacct.query.local.DuckDb;
import dev.xacct.query.local.DuckDbMessages;
import dev.xacct.query.local.LocalTable;
import dev.xacct.template.PartitionScope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The builds of a {@link ColumnarCache}: behind queries, queued on one low-priority background
 * thread with few DuckDB threads (a request for a folder whose build has not started yet merges
 * into it); and in the foreground ({@code cache refresh}), on a worker the caller waits for, with
 * every core. Every build holds its folder's {@link CacheLock}; this keeps which runs (for
 * progress and cancelling) and why the last background build of a folder failed.
 */
final class CacheBuilds {

    private final Path root;
    private final int backgroundThreads;
    private final ColumnarCache.Scheduled scheduled;
    private final ExecutorService background;
    private final Map<Path, Pending> pending = new ConcurrentHashMap<>();
    /** Background builds scheduled and not yet finished. */
    private final AtomicInteger outstanding = new AtomicInteger();

    private final Map<Path, CacheBuild> running = new ConcurrentHashMap<>();
    private final Map<Path, String> failures = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile long minStepBytes = CachePlan.MIN_STEP_BYTES;

    CacheBuilds(Path root, int backgroundThreads, ColumnarCache.Scheduled scheduled) {
        this.root = root;
        this.backgroundThreads = Math.max(1, backgroundThreads);
        this.scheduled = scheduled;
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "xacct-cache-build");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    void minStepBytes(long bytes) {
        this.minStepBytes = bytes;
    }

    /** Where the build of a cache folder running in this process stands. */
    Optional<BuildProgress> progress(Path dir) {
        return Optional.ofNullable(running.get(dir)).map(CacheBuild::progress);
    }

    /** The folders a build in this process is working on (a first build has no manifest yet). */
    List<CacheFolder> building() {
        return running.values().stream().map(CacheBuild::folder).toList();
    }

    /** Why the last background build of a cache folder failed, until one succeeds. */
    Optional<String> failure(Path dir) {
        return Optional.ofNullable(failures.get(dir));
    }

    /** Drops the queued build of a folder and cancels the running one (its committed steps stay). */
    void stop(Path dir) {
        pending.remove(dir);
        CacheBuild build = running.get(dir);
        if (build != null) {
            build.cancel();
        }
    }

    /**
     * Converts, on a background thread at low priority, what the cache lacks of the days in
     * {@code scope}. Several calls for one folder before its build starts are merged into it. The
     * build does nothing when another build (in this process or another) holds the folder.
     *
     * @param files the files the query read from the source, for the {@link ColumnarCache.Scheduled} notice
     * @param bytes their size
     */
    synchronized void buildBehind(LocalTable table, Path source, PartitionScope scope, int files, long bytes) {
        if (closed) {
            return;
        }
        CacheFolder folder = CacheFolder.of(root, table.name(), source);
        Pending before = pending.get(folder.dir());
        if (before != null) {
            pending.put(folder.dir(), before.with(scope)); // not started yet: one build covers both
            return;
        }
        pending.put(folder.dir(), new Pending(table, folder, List.of(scope)));
        outstanding.incrementAndGet();
        background.execute(() -> drain(folder.dir()));
        if (running.get(folder.dir()) == null) {
            scheduled.scheduled(folder.source(), files, bytes);
        }
    }

    private record Pending(LocalTable table, CacheFolder folder, List<PartitionScope> scopes) {
        Pending with(PartitionScope scope) {
            List<PartitionScope> more = new ArrayList<>(scopes);
            more.add(scope);
            return new Pending(table, folder, more);
        }

        Predicate<LocalDate> days() {
            return day -> scopes.stream()
                    .anyMatch(s ->
                            (s.from() == null || !day.isBefore(s.from())) && (s.to() == null || !day.isAfter(s.to())));
        }
    }

    private void drain(Path dir) {
        try {
            Pending work;
            synchronized (this) {
                work = pending.remove(dir);
            }
            if (work != null && !closed) {
                buildQuietly(work);
            }
        } finally {
            outstanding.decrementAndGet();
        }
    }

    private void buildQuietly(Pending work) {
        Optional<CacheLock> lock;
        try {
            CacheFolder.createPrivate(work.folder().dir());
            lock = CacheLock.tryAcquire(work.folder().lock());
        } catch (IOException e) {
            failures.put(work.folder().dir(), "cannot write " + work.folder().dir() + ": " + e.getMessage());
            return;
        }
        if (lock.isEmpty()) {
            return; // another build holds the folder: it does the work
        }
        try (CacheLock held = lock.get();
                Connection connection = DuckDb.open(backgroundThreads)) {
            CacheBuild build = new CacheBuild(
                    work.folder(),
                    work.table(),
                    CacheFolder.schemaFingerprint(work.table()),
                    connection,
                    progress -> {},
                    minStepBytes);
            running.put(work.folder().dir(), build);
            try {
                build.run(work.days());
            } finally {
                running.remove(work.folder().dir());
            }
            failures.remove(work.folder().dir());
        } catch (CacheBuild.Cancelled e) {
            // closed: what was committed stays
        } catch (SQLException e) {
            // a failed build leaves the last committed manifest, and queries read the files; status says why
            failures.put(work.folder().dir(), DuckDbMessages.oneLine(e));
        } catch (IOException | RuntimeException e) {
            failures.put(work.folder().dir(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * Converts everything the cache of {@code table} lacks of {@code source} now, waiting first
     * for another build of it to finish. The build runs on a worker thread; the calling thread
     * reports its progress a few times a second, and its interrupt (Ctrl-C) cancels it, keeping
     * the steps already committed.
     *
     * @param progress told where the build stands
     * @param waiting  called once when another build (another shell) holds the cache
     * @throws InterruptedException when interrupted; the build is cancelled
     * @throws QueryFailedException when the source folder is missing or DuckDB fails
     */
    ColumnarCache.Result refresh(LocalTable table, Path source, Consumer<BuildProgress> progress, Runnable waiting)
            throws InterruptedException {
        CacheFolder folder = CacheFolder.of(root, table.name(), source);
        AtomicReference<CacheBuild> build = new AtomicReference<>();
        FutureTask<CacheBuild.Result> task =
                new FutureTask<>(() -> build(folder, table, progress, waiting, build::set));
        Thread worker = new Thread(task, "xacct-cache-refresh");
        worker.setDaemon(true);
        worker.start();
        try {
            while (true) {
                try {
                    CacheBuild.Result result = task.get(250, TimeUnit.MILLISECONDS);
                    return new ColumnarCache.Result(
                            folder.source(),
                            table.name(),
                            result.files(),
                            result.bytes(),
                            result.unreadable(),
                            result.manifest().sourceFiles(),
                            result.elapsed());
                } catch (TimeoutException e) {
                    CacheBuild running = build.get();
                    if (running != null) {
                        progress.accept(running.progress());
                    }
                }
            }
        } catch (InterruptedException e) {
            CacheBuild running = build.get();
            if (running != null) {
                running.cancel();
            }
            worker.interrupt(); // stops a wait for the lock
            try {
                task.get(300, TimeUnit.MILLISECONDS);
            } catch (Exception ignored) {
                // cancelled: it fails or is still winding down; the caller leaves now
            }
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof QueryFailedException failed) {
                throw failed;
            }
            if (cause instanceof SQLException sql) {
                throw new QueryFailedException("cache build failed: " + DuckDbMessages.oneLine(sql), sql);
            }
            if (cause instanceof CacheBuild.Cancelled) {
                throw new InterruptedException("cache build cancelled");
            }
            throw new QueryFailedException("cache build failed: " + cause.getMessage(), cause);
        }
    }

    private CacheBuild.Result build(
            CacheFolder folder,
            LocalTable table,
            Consumer<BuildProgress> progress,
            Runnable waiting,
            Consumer<CacheBuild> started)
            throws IOException, SQLException, InterruptedException, CacheBuild.Cancelled {
        if (!Files.isDirectory(folder.source())) {
            throw new QueryFailedException("source folder not found: " + folder.source());
        }
        CacheFolder.createPrivate(folder.dir());
        // this build does everything a build behind a query would: that one steps aside (its steps stay)
        pending.remove(folder.dir());
        CacheBuild behind = running.get(folder.dir());
        if (behind != null) {
            behind.cancel();
        }
        try (CacheLock lock = CacheLock.acquire(folder.lock(), waiting);
                Connection connection = DuckDb.open(0)) {
            CacheBuild build = new CacheBuild(
                    folder, table, CacheFolder.schemaFingerprint(table), connection, progress, minStepBytes);
            running.put(folder.dir(), build);
            started.accept(build);
            try {
                return build.run(day -> true);
            } finally {
                running.remove(folder.dir());
            }
        }
    }

    /**
     * Waits for the background builds queued so far, telling {@code progress} where they stand a
     * few times a second; an interrupt (Ctrl-C) cancels them (what they committed stays).
     */
    void finishBuilds(Consumer<BuildProgress> progress) {
        try {
            while (outstanding.get() > 0) {
                running.values().forEach(b -> progress.accept(b.progress()));
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            pending.clear();
            running.values().forEach(CacheBuild::cancel);
            Thread.currentThread().interrupt();
        }
    }

    /** Cancels running builds (their committed steps stay) and stops the background thread. */
    void close() {
        closed = true;
        pending.clear();
        running.values().forEach(CacheBuild::cancel);
        background.shutdownNow();
        try {
            background.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
