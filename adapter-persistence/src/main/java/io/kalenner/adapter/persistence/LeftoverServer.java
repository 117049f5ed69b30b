package io.kalenner.adapter.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on a data directory by a program that died without stopping
 * it (killed, or the machine's power cut while only the JVM went down). The embedded server is
 * its own process, so it outlives the JVM; a new start on the same directory would fail while it
 * runs. It is asked to stop the fast way, which rolls back what was not committed and keeps the
 * rest.
 */
final class LeftoverServer {

    private static final Logger LOG = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private LeftoverServer() {}

    private static boolean sameDirectory(Path recorded, Path dataDirectory) throws IOException {
        return Files.exists(recorded) && Files.isSameFile(recorded, dataDirectory);
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        // postmaster.pid: the server's pid on the first line, its data directory on the second
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d+") || !sameDirectory(Path.of(lines.get(1).trim()), dataDirectory)) {
            return; // not a server of this directory: PostgreSQL itself deals with a stale pid file on start
        }
        Optional<ProcessHandle> server = ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
        if (server.isEmpty()) {
            return; // that server is gone: PostgreSQL itself deals with the stale pid file on start
        }
        LOG.warn("a PostgreSQL server (pid {}) still runs on {}: stopping it before starting anew", server.get().pid(), dataDirectory);
        // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old program
        server.get().destroy();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (server.get().isAlive() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the old server to stop", e);
            }
        }
        if (server.get().isAlive()) {
            throw new IOException("the PostgreSQL server left on " + dataDirectory + " (pid " + server.get().pid() + ") did not stop");
        }
    }
}
