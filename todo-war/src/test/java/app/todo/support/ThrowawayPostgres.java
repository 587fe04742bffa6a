package app.todo.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own (own data folder, own port), so that a test may stop and start it
 * without touching the database other tests use. Needs the server binaries (TEST_PG_BIN, set by test.sh).
 * As root, PostgreSQL runs as the user "postgres" (it refuses to run as root).
 */
public final class ThrowawayPostgres implements AutoCloseable {

    public static final String DATABASE = "todo_outage";
    public static final String USER = "postgres";

    private final Path bin;
    private final Path data;
    private final int port;
    private final String osUser;

    private ThrowawayPostgres(Path bin, Path data, int port, String osUser) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.osUser = osUser;
    }

    public static ThrowawayPostgres create() {
        String binDir = System.getenv("TEST_PG_BIN");
        if (binDir == null || !Files.isExecutable(Path.of(binDir, "initdb"))) {
            throw new IllegalStateException("TEST_PG_BIN does not name PostgreSQL's server binaries (initdb, pg_ctl):"
                    + " run ./test.sh on a machine with PostgreSQL installed (apt-get install postgresql)");
        }
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path data = Files.createTempDirectory("todo-outage-postgres-").resolve("data");
            Files.createDirectories(data);
            ThrowawayPostgres server =
                    new ThrowawayPostgres(Path.of(binDir), data, PayaraServer.freePort(), root ? "postgres" : null);
            if (root) {
                run("chown", "-R", "postgres", data.getParent().toString());
            }
            server.pg("initdb", "-D", data.toString(), "-U", USER, "--auth=trust", "-E", "UTF8");
            server.start();
            server.pg("createdb", "-h", "127.0.0.1", "-p", String.valueOf(server.port), "-U", USER, DATABASE);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public void start() {
        pg(
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                data.resolve("server.log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1",
                "start");
    }

    /** Stops at once, as a crash or a pulled cable would: clients are cut off. */
    public void stop() {
        pg("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException alreadyStopped) {
            // nothing to stop
        }
    }

    private void pg(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (osUser != null) {
            command.addAll(List.of("runuser", "-u", osUser, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command.toArray(String[]::new));
    }

    private static void run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
