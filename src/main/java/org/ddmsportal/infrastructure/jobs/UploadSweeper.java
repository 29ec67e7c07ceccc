package org.ddmsportal.infrastructure.jobs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Removes import previews nobody imported. An upload waits in a temporary file
 * ({@code ddms-import-*.csv}, up to 200 MB) between its preview and the import; a user who
 * previews and walks away left it there until the server stopped. Every quarter of an hour the
 * files older than {@link #KEEP} go (the page then asks for the file again).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UploadSweeper {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(UploadSweeper.class.getName());

    /** How long a previewed upload waits for its import. */
    static final Duration KEEP = Duration.ofHours(1);

    @Schedule(hour = "*", minute = "*/15", persistent = false)
    void sweep() {
        int removed = sweep(Path.of(System.getProperty("java.io.tmpdir")), clock.instant().minus(KEEP));
        if (removed > 0) {
            LOG.info(() -> "Removed " + removed + " import previews older than " + KEEP);
        }
    }

    /** Deletes the previews in {@code folder} last written before {@code cutoff}; answers how many. */
    static int sweep(Path folder, Instant cutoff) {
        int removed = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith("ddms-import-") && name.endsWith(".csv")
                        && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                    removed++;
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not sweep import previews: " + e.getMessage());
        }
        return removed;
    }
}
