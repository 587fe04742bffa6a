package app.weather.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weather service process started as the images and run.sh start it (server-config/payara-micro.sh), with the heap
 * it ships with, for tests that need several instances or their threads (the Arquillian container starts one).
 */
public final class WeatherInstance implements AutoCloseable {

    private static final Path SERVER_CONFIG =
            Path.of(System.getProperty("server.config", "../server-config")).toAbsolutePath();

    private static final Pattern THREAD_NAME = Pattern.compile("^\"([^\"]+)\"", Pattern.MULTILINE);

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private WeatherInstance(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the packaged WAR at "/" on a free port with the given environment (on top of the build's, without its
     * WEATHER_ settings) and further Payara Micro options, and waits until it is ready.
     */
    public static WeatherInstance start(Map<String, String> environment, String... options) throws IOException {
        int port = freePort();
        Path workDir = Files.createDirectories(Path.of("target", "servers", "weather-" + port));
        Path log = workDir.resolve("server.log");
        List<String> command = new ArrayList<>(List.of(
                "sh",
                SERVER_CONFIG.resolve("payara-micro.sh").toString(),
                "--port",
                String.valueOf(port),
                "--deploy",
                new File(System.getProperty("weather.war")).getAbsolutePath(),
                "--contextroot",
                "/"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("WEATHER_") || name.startsWith("PAYARA_"));
        builder.environment()
                .putAll(Map.of(
                        "JAVA",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "PAYARA_MICRO_JAR",
                        System.getProperty("payara.microJar"),
                        "PAYARA_ROOT_DIR",
                        workDir.toAbsolutePath().toString(),
                        // As shipped: no roomier test heap.
                        "JVM_HEAP",
                        "-Xmx" + System.getProperty("weather.heap"),
                        "PAYARA_HTTP_ADDRESS",
                        "127.0.0.1"));
        builder.environment().remove("JVM_ARGS"); // server-config/jvm.options alone, as shipped
        builder.environment().putAll(environment);
        WeatherInstance instance = new WeatherInstance(builder.start(), port, log);
        instance.awaitReady(Duration.ofSeconds(90));
        return instance;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "The weather service exited while starting; see " + log.toAbsolutePath());
            }
            try {
                if (get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // not listening yet
            }
            pause(Duration.ofMillis(300));
        }
        close();
        throw new IllegalStateException("The weather service was not ready within " + timeout + "; see " + log);
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The names of the process's threads now, as jcmd lists them. */
    public List<String> threadNames() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        String.valueOf(process.pid()),
                        "Thread.print")
                .redirectErrorStream(true)
                .start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(20, TimeUnit.SECONDS);
        List<String> names = new ArrayList<>();
        Matcher matcher = THREAD_NAME.matcher(dump);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("jcmd listed no thread: " + dump);
        }
        return names;
    }

    public Path log() {
        return log;
    }

    /** Stops it as a container runtime does: SIGTERM, then a grace period. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
