package app.todo.support;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * A Payara Micro process serving the built WAR, started as run.sh starts it (server-config/payara-micro.sh),
 * for tests that drive the application from outside (browser, several instances, outages).
 */
public final class PayaraServer implements AutoCloseable {

    /** The project's shared Payara Micro settings, as run.sh and the images use them. */
    private static final Path SERVER_CONFIG =
            Path.of(System.getProperty("server.config", "../server-config")).toAbsolutePath();

    private static PayaraServer sharedTodo;
    /**
     * Where the shared to-do server asks for the weather (TODO_WEATHER_URL): nothing listens there until a test starts
     * a weather service on it (WeatherBoxIT), so that the shared server serves that test too.
     */
    public static final int SHARED_TODOS_WEATHER_PORT = portOutsideTheEphemeralRange();

    private final Process process;
    private final int port;
    private final Path log;
    private volatile boolean shared;
    /** How it was started, to start it again on the same port ({@link #startAgain}). */
    private Start start;

    private record Start(String war, String readyPath, Map<String, String> environment, boolean liftLimits) {}

    private PayaraServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * The one to-do server that the test classes needing nothing of their own share (the test database, limits
     * lifted as in {@link #startTodo}): started at the first call, stopped when the test run's JVM ends, so that a
     * run pays one start for all of them. Its {@link #close()} does nothing; each test makes its own accounts.
     */
    public static synchronized PayaraServer sharedTodo() {
        if (sharedTodo == null || !sharedTodo.process.isAlive()) {
            Map<String, String> environment = testDatabaseEnvironment();
            environment.put("TODO_WEATHER_URL", "http://127.0.0.1:" + SHARED_TODOS_WEATHER_PORT);
            PayaraServer started = startTodo(environment);
            started.shared = true;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop the shared to-do server"));
            sharedTodo = started;
        }
        return sharedTodo;
    }

    /** Starts the to-do WAR at "/" on a free port with the given environment, and waits until it is ready. */
    public static PayaraServer startTodo(Map<String, String> environment) {
        return start(System.getProperty("todo.war"), "/health/ready", environment, true, PayaraServer::freePort);
    }

    /** As {@link #startTodo}, with the rate limits of microprofile-config.properties, as shipped. */
    public static PayaraServer startTodoWithShippedLimits(Map<String, String> environment) {
        return start(System.getProperty("todo.war"), "/health/ready", environment, false, PayaraServer::freePort);
    }

    public static PayaraServer start(String war, String readyPath, Map<String, String> environment) {
        return start(war, readyPath, environment, true, PayaraServer::freePort);
    }

    /** As {@link #start(String, String, Map)}, on the given port: another server can be told it before it is up. */
    public static PayaraServer startOn(int port, String war, String readyPath, Map<String, String> environment) {
        return start(war, readyPath, environment, true, () -> port);
    }

    private static PayaraServer start(
            String war, String readyPath, Map<String, String> environment, boolean liftLimits, IntSupplier port) {
        Start start = new Start(war, readyPath, Map.copyOf(environment), liftLimits);
        try {
            return startOnce(start, port.getAsInt());
        } catch (HungAtStart hung) {
            // Should a start still hang (server-config/jvm.options starts Payara on one thread against it), its thread
            // dump is kept in that server's log (unless its port was given); one more start follows.
            System.err.println(hung.getMessage() + "; starting a new one");
            return startOnce(start, port.getAsInt());
        }
    }

    /**
     * Runs the starts at once and waits for all of them: a start is mostly one thread's work (Payara boots on one,
     * server-config/jvm.options), so two on two cores take little longer than one. If one fails, the others are
     * stopped once up.
     */
    @SafeVarargs
    public static List<PayaraServer> together(Supplier<PayaraServer>... starts) {
        List<CompletableFuture<PayaraServer>> pending = Arrays.stream(starts)
                .map(start ->
                        CompletableFuture.supplyAsync(start, task -> new Thread(task, "start a Payara Micro").start()))
                .toList();
        try {
            return pending.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException failed) {
            pending.forEach(server -> server.thenAccept(PayaraServer::close));
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    /**
     * Stops this server (not the shared one) and starts the same WAR again on the same port, as a replica that went
     * away and came back: what the browsers had open reconnects to it. {@code meanwhile} runs while it is down.
     */
    public PayaraServer startAgain(java.util.concurrent.Callable<?> meanwhile) throws Exception {
        if (shared) {
            throw new IllegalStateException("the shared server is not restarted");
        }
        stop();
        meanwhile.call();
        return startOnce(start, port);
    }

    private static PayaraServer startOnce(Start start, int port) {
        String war = start.war();
        String readyPath = start.readyPath();
        Map<String, String> environment = start.environment();
        boolean liftLimits = start.liftLimits();
        try {
            Path workDir = Files.createDirectories(Path.of("target", "servers", "payara-" + port));
            Path log = workDir.resolve("server.log");
            // The project's one launch command line (server-config/payara-micro.sh), as run.sh and the images use it.
            List<String> command = List.of(
                    "sh",
                    SERVER_CONFIG.resolve("payara-micro.sh").toString(),
                    "--port",
                    String.valueOf(port),
                    "--deploy",
                    new File(war).getAbsolutePath(),
                    "--contextroot",
                    "/");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment()
                    .putAll(Map.of(
                            "JAVA",
                            javaBinary(),
                            "PAYARA_MICRO_JAR",
                            microJar(),
                            "PAYARA_ROOT_DIR",
                            workDir.toAbsolutePath().toString(),
                            "JVM_HEAP",
                            "-Xmx" + heapFor(war),
                            "PAYARA_HTTP_ADDRESS",
                            "127.0.0.1"));
            // The origin the tests' browsers use; a test may name others.
            // The database is the test's to give: none inherited from the build's environment (failsafe sets the
            // Arquillian server's).
            builder.environment().keySet().removeIf(name -> name.startsWith("TODO_DB_"));
            builder.environment().remove("JVM_ARGS"); // server-config/jvm.options alone, as shipped
            builder.environment().put("TODO_PUBLIC_ORIGINS", "http://127.0.0.1:" + port);
            // Tests add and sign up faster than people may; the tests of the limits set their own, or keep them.
            builder.environment()
                    .keySet()
                    .removeIf(name -> name.startsWith("TODO_ADDS_") || name.startsWith("TODO_SIGN_UPS_"));
            if (liftLimits) {
                builder.environment().put("TODO_ADDS_PER_MINUTE", "1000000");
                builder.environment().put("TODO_SIGN_UPS_PER_ADDRESS_PER_HOUR", "1000000");
                builder.environment().put("TODO_SIGN_UPS_PER_HOUR", "1000000");
            }
            builder.environment().putAll(environment);
            PayaraServer server = new PayaraServer(builder.start(), port, log);
            server.start = start;
            server.awaitReady(readyPath, Duration.ofSeconds(90));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Payara Micro", e);
        }
    }

    /** The heap the service gets as shipped (the root pom's todo.heap / weather.heap): no roomier test heap. */
    private static String heapFor(String war) {
        String service = war.endsWith("weather.war") ? "weather" : "todo";
        return System.getProperty(service + ".heap");
    }

    /** The environment that points a to-do server at the test database. */
    public static Map<String, String> testDatabaseEnvironment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("TODO_DB_URL", TestDatabase.url());
        // As deployed: the service's role reads and writes rows, the schema's owner migrates.
        environment.put("TODO_DB_USER", TestDatabase.appUser());
        environment.put("TODO_DB_PASSWORD", TestDatabase.appPassword());
        environment.put("TODO_DB_MIGRATION_USER", TestDatabase.user());
        environment.put("TODO_DB_MIGRATION_PASSWORD", TestDatabase.password());
        return environment;
    }

    private void awaitReady(String readyPath, Duration timeout) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited while starting; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(uri(readyPath))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        dumpThreads();
        close();
        throw new HungAtStart("Payara Micro was not ready within " + timeout + "; see " + log.toAbsolutePath());
    }

    /** Where a server that never got ready stood: its threads, at the end of its log. */
    private void dumpThreads() {
        try {
            new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(process.pid()),
                            "Thread.print")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start()
                    .waitFor(20, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no dump: the log still says how far it got
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final class HungAtStart extends IllegalStateException {
        HungAtStart(String message) {
            super(message);
        }
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** What the server printed: its log, complete once {@link #close()} has returned. */
    public Path log() {
        return log;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Stops the server, but for the shared one, which stops when the test run ends. */
    @Override
    public void close() {
        if (!shared) {
            stop();
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * A free port below the range the system hands out for port 0 (freePort, WireMock, Chromium; Linux's default range
     * is 32768–60999): kept for a server that starts later, it is not taken meanwhile by one of those.
     */
    private static int portOutsideTheEphemeralRange() {
        for (int tries = 0; tries < 100; tries++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 30_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IllegalStateException("no free port between 20000 and 30000");
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String microJar() {
        String jar = System.getProperty("payara.microJar");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("payara.microJar does not name the Payara Micro jar: " + jar);
        }
        return jar;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
