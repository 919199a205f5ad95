package dev.xacct.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsWrittenWholeAndPrivate() throws Exception {
        Path file = dir.resolve("out.csv");
        long rows = OutputFile.write(file, out -> {
            out.println("n");
            out.println("1");
            return 1L;
        });
        assertThat(rows).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo("n\n1\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aFailureHalfwayLeavesTheOldFileAndNoPartialOne() throws Exception {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old\n");
        assertThatThrownBy(() -> OutputFile.write(file, out -> {
                    out.println("new");
                    throw new UserError("the query failed midway");
                }))
                .hasMessage("the query failed midway");
        assertThat(Files.readString(file)).isEqualTo("old\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void failuresNameTheFileAndTheOsReason() {
        assertThatThrownBy(() -> OutputFile.write(dir.resolve("missing/out.csv"), out -> null))
                .isInstanceOf(UserError.class)
                .hasMessage("cannot write " + dir.resolve("missing/out.csv") + ": no such file or folder");
        assertThatThrownBy(() -> OutputFile.write(Path.of("/dev/full"), out -> {
                    out.print("x".repeat(100_000));
                    return null;
                }))
                .hasMessage("cannot write /dev/full: no space left on device");
        assertThatThrownBy(() -> OutputFile.write(dir, out -> null)).hasMessageContaining("it is a folder");
    }
}
