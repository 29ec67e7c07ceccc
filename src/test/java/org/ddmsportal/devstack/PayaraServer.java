package org.ddmsportal.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Payara Micro running the portal's WAR at the root context, configured by environment. */
final class PayaraServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private PayaraServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PayaraServer start(Path microJar, Path war, int port, Map<String, String> appEnvironment, Path workDir,
                              Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx768m", "-jar", microJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
                "--nocluster", "--nohazelcast", "--rootdir", workDir.resolve("payara").toString(),
                "--prebootcommandfile", bootFile("pre-boot-commands.asadmin"),
                "--postbootcommandfile", bootFile("post-boot-commands.asadmin"));
        Process process = Processes.start(command, appEnvironment, workDir, log);
        return new PayaraServer(process, port);
    }

    /** The portal's Payara settings (src/main/payara): headers, metrics. */
    static String bootFile(String name) {
        return Path.of(System.getProperty("ddms.basedir", ".")).resolve("src/main/payara").resolve(name)
                .toAbsolutePath().toString();
    }

    PayaraServer awaitReady(Duration timeout, Path log) {
        Processes.awaitHttpOk(url() + "/health/ready", process, timeout, log);
        return this;
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** The JVM's process id (for {@code jcmd}). */
    long pid() {
        return process.pid();
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** SIGKILL: the process dies at once, as in a power cut (the crash bench). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        Processes.stop(process);
    }
}
