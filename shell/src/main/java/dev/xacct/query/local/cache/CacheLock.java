package dev.xacct.query.local.cache;

import dev.xacct.shell.PrivateFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The right to change one cache folder: an exclusive lock on its {@code lock} file, so two xacct
 * processes (two shells on the same source) never build into one cache at once, plus a set of
 * folders held by this process, because a JVM cannot lock a file twice. Readers never take it:
 * they read the manifest, which a builder only ever replaces whole.
 */
final class CacheLock implements AutoCloseable {

    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();
    private static final Duration POLL = Duration.ofMillis(100);

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private CacheLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock if no one (in this process or another) holds it now. */
    static Optional<CacheLock> tryAcquire(Path lockFile) throws IOException {
        Path key = lockFile.toAbsolutePath().normalize();
        if (!HELD_HERE.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            PrivateFiles.file(key); // 0600 from the start, whatever the umask
            channel = FileChannel.open(key, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                HELD_HERE.remove(key);
                return Optional.empty();
            }
            return Optional.of(new CacheLock(key, channel, lock));
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD_HERE.remove(key);
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /**
     * Waits for the lock, calling {@code waiting} once if it has to; an interrupt (Ctrl-C) stops
     * the wait.
     */
    static CacheLock acquire(Path lockFile, Runnable waiting) throws IOException, InterruptedException {
        boolean told = false;
        while (true) {
            Optional<CacheLock> lock = tryAcquire(lockFile);
            if (lock.isPresent()) {
                return lock.get();
            }
            if (!told) {
                waiting.run();
                told = true;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the descriptor
        } finally {
            HELD_HERE.remove(key);
        }
    }
}
