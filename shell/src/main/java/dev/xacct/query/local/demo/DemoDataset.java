package dev.xacct.query.local.demo;

import dev.xacct.query.local.FileTree;
import dev.xacct.shell.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --demo} dataset, generated on first use into a cache folder (for example
 * {@code ~/.xacct/cache/demo}) and reused afterwards. A marker written last says the folder is
 * complete; without it (an interrupted first run) the folder is rebuilt.
 */
public final class DemoDataset {

    static final String MARKER = ".complete";

    private DemoDataset() {}

    /** The folder to give the local engine as its source, generating the demo data if needed. */
    public static Path ensure(Path root) {
        return ensure(root, CloudTrailGenerator.Settings.demo());
    }

    public static Path ensure(Path root, CloudTrailGenerator.Settings settings) {
        Path marker = root.resolve(MARKER);
        String signature = settings.toString();
        try {
            if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(signature)) {
                return root;
            }
            FileTree.delete(root.resolve("AWSLogs"));
            PrivateFiles.folder(root);
            CloudTrailGenerator.generate(settings, root);
            PrivateFiles.writeString(marker, signature + "\n");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the demo dataset in " + root, e);
        }
    }
}
