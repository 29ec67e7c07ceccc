package org.ddmsportal.infrastructure.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import previews nobody imported do not pile up in the temporary folder. */
class UploadSweeperTest {

    @Test
    void previewsOlderThanAnHourGoAndNothingElseIsTouched(@TempDir Path tmp) throws Exception {
        Path old = Files.writeString(tmp.resolve("ddms-import-1.csv"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(tmp.resolve("ddms-import-2.csv"), "x");
        Path other = Files.writeString(tmp.resolve("someone-else.csv"), "x");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        assertEquals(1, UploadSweeper.sweep(tmp, Instant.now().minus(UploadSweeper.KEEP)));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(other));
    }
}
