import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live changes under open pages (U1-U3): PAGES streams of /api/live of one account are opened on PAGES_BASE (another
 * replica; BASE when not given), then CHANGES tasks are added through the API of BASE, one every 200 ms; for each
 * change and page, the time from sending the add to the page's stream receiving it. Writes "p50 p95 max delivered
 * expected" (milliseconds) to OUT.
 *   java bench/LiveLatency.java BASE SESSION PAGES CHANGES OUT [PAGES_BASE]
 */
public class LiveLatency {

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String cookie = "todo_session=" + args[1];
        int pages = Integer.parseInt(args[2]);
        int changes = Integer.parseInt(args[3]);
        Path out = Path.of(args[4]);
        URI pagesBase = args.length > 5 ? URI.create(args[5]) : base;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong sentAt = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        CountDownLatch opened = new CountDownLatch(pages);
        List<java.util.concurrent.CompletableFuture<?>> streams = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            HttpRequest request = HttpRequest.newBuilder(pagesBase.resolve("/api/live"))
                    .header("Cookie", cookie)
                    .header("Accept", "text/event-stream")
                    .build();
            streams.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                if (response.statusCode() != 200) {
                    System.err.println("live-latency: a stream answered " + response.statusCode());
                    opened.countDown();
                    return;
                }
                response.body().forEach(line -> {
                    if (line.startsWith(": open")) {
                        opened.countDown();
                    } else if (line.startsWith("event: change")) {
                        latencies.add((System.nanoTime() - sentAt.get()) / 1_000);
                    }
                });
            }));
        }
        if (!opened.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not every stream opened within 30 s");
        }
        for (int i = 0; i < changes; i++) {
            HttpRequest add = HttpRequest.newBuilder(base.resolve("/api/tasks"))
                    .header("Cookie", cookie)
                    .header("Origin", base.toString().replaceAll("/$", ""))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Live " + i + "\"}"))
                    .build();
            sentAt.set(System.nanoTime());
            HttpResponse<String> added = http.send(add, HttpResponse.BodyHandlers.ofString());
            if (added.statusCode() != 201) {
                throw new IllegalStateException("an add answered " + added.statusCode() + ": " + added.body());
            }
            Thread.sleep(200);
        }
        Thread.sleep(500);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long expected = (long) pages * changes;
        String line = sorted.isEmpty()
                ? "0 0 0 0 " + expected
                : String.format(
                        "%.1f %.1f %.1f %d %d",
                        at(sorted, 0.50) / 1000.0,
                        at(sorted, 0.95) / 1000.0,
                        sorted.getLast() / 1000.0,
                        sorted.size(),
                        expected);
        Files.writeString(out, line + "\n");
        System.out.println("live-latency: " + line);
        System.exit(0); // the streams stay open otherwise
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
