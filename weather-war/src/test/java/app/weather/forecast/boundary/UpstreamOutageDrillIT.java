package app.weather.forecast.boundary;

import static app.weather.support.WeatherDeployment.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.weather.support.WeatherDeployment;
import app.weather.support.WeatherServiceIT;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The upstream outage drill: the weather service under a steady load from several clients while its
 * upstream is down (connections reset), then slow (past the time bound), then answering garbage. Every
 * answer comes within 5 seconds; cities answered before are served stale; the circuit opens (requests stop
 * reaching the upstream) and closes again once the upstream answers.
 */
class UpstreamOutageDrillIT extends WeatherServiceIT {

    private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);
    private static final int CLIENTS = 6;

    @Deployment(testable = false)
    static WebArchive deployment() {
        upstream = WeatherDeployment.startUpstream();
        String circuit = "app.weather.forecast.control.Upstream/fetch/CircuitBreaker/";
        return WeatherDeployment.openMeteoWar(upstream, Map.of("weather.cache.ttl", "PT1S", circuit + "delay", "2000"));
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** What a client saw; the start of the body says what went wrong when an assertion fails. */
    private record Answer(String phase, String city, int status, boolean stale, Duration took, String body) {}

    private Answer ask(String phase, String city) {
        Instant start = Instant.now();
        try {
            URI uri = WeatherDeployment.onLoopback(deployed)
                    .resolve("/weather/?city=" + URLEncoder.encode(city, StandardCharsets.UTF_8));
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean stale = response.statusCode() == 200
                    && Json.createReader(new StringReader(response.body()))
                            .readObject()
                            .getBoolean("stale", false);
            String body = response.body();
            return new Answer(
                    phase,
                    city,
                    response.statusCode(),
                    stale,
                    Duration.between(start, Instant.now()),
                    body.substring(0, Math.min(body.length(), 300)));
        } catch (Exception e) {
            return new Answer(phase, city, -1, false, Duration.between(start, Instant.now()), e.toString());
        }
    }

    /** Every name is a city; its forecast is whatever the phase says. */
    private static void upstreamAnswers(ResponseDefinitionBuilder forecast) {
        upstream.resetAll();
        upstream.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(fixture("geocoding-paris.json"))));
        upstream.stubFor(get(urlPathEqualTo("/v1/forecast")).willReturn(forecast));
    }

    /** CLIENTS clients asking for the given duration, half for known cities, half for new ones. */
    private List<Answer> load(String phase, Duration duration) throws Exception {
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger fresh = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Instant end = Instant.now().plus(duration);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            work.add(clients.submit(() -> {
                for (int i = 0; Instant.now().isBefore(end); i++) {
                    answers.add(
                            i % 2 == 0
                                    ? ask(phase, "Known " + "ABCD".charAt(client % 4))
                                    : ask(phase, "New " + phase + " " + letters(fresh.incrementAndGet())));
                }
            }));
        }
        for (Future<?> done : work) {
            done.get(1, TimeUnit.MINUTES);
        }
        clients.shutdown();
        return answers;
    }

    /** What the stand-in upstream answered in a phase, for the message of a failed assertion. */
    private static String journalOf(String phase) {
        Map<String, Long> answered = upstream.getAllServeEvents().stream()
                .collect(Collectors.groupingBy(
                        event -> event.getRequest().getUrl().replaceAll("\\?.*", "") + " "
                                + event.getResponse().getStatus()
                                + (event.getResponseDefinition().getFault() == null
                                        ? ""
                                        : " " + event.getResponseDefinition().getFault()),
                        Collectors.counting()));
        return "stand-in upstream answered in phase " + phase + ": " + answered;
    }

    /** 1 -> "a", 27 -> "aa": city names have letters only. */
    private static String letters(int number) {
        StringBuilder name = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return name.toString();
    }

    @DisplayName("F6, F7, F8: through an outage, answers come within 5 s, known cities stale, and the circuit recovers")
    @Test
    void underLoadTheServiceAnswersInTimeServesStaleAndItsCircuitOpensAndCloses() throws Exception {
        upstreamAnswers(okJson(fixture("forecast-paris.json")));
        for (String known : new String[] {"Known A", "Known B", "Known C", "Known D"}) {
            assertEquals(200, ask("warm-up", known).status());
        }
        Thread.sleep(1_100); // past the freshness of the cache (PT1S here): known cities can only be stale now

        List<Answer> answers = new ArrayList<>();
        Map<String, String> upstreamJournal = new HashMap<>();
        int newCitiesAsked = 0;
        int searchesReceived = 0;
        for (Map.Entry<String, ResponseDefinitionBuilder> phase : List.of(
                Map.entry("down", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
                Map.entry("slow", okJson(fixture("forecast-paris.json")).withFixedDelay(6_000)),
                Map.entry(
                        "garbage",
                        aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "text/html")
                                .withBody("<html>Maintenance</html>")))) {
            upstreamAnswers(phase.getValue());
            List<Answer> phaseAnswers = load(phase.getKey(), Duration.ofSeconds(4));
            answers.addAll(phaseAnswers);
            newCitiesAsked += (int) phaseAnswers.stream()
                    .filter(answer -> answer.city().startsWith("New"))
                    .count();
            searchesReceived += upstream.findAll(getRequestedFor(urlPathEqualTo("/v1/search")))
                    .size();
            upstreamJournal.put(phase.getKey(), journalOf(phase.getKey()));
        }

        for (Answer answer : answers) {
            assertTrue(answer.took().compareTo(ANSWER_BOUND) <= 0, "too slow: " + answer);
            if (answer.city().startsWith("Known")) {
                assertTrue(answer.status() == 200 && answer.stale(), "a known city is served stale: " + answer);
            } else {
                assertTrue(
                        List.of(502, 503, 504).contains(answer.status()),
                        "a new city fails clearly: " + answer + "; " + upstreamJournal.get(answer.phase()));
            }
        }
        assertTrue(
                searchesReceived < newCitiesAsked,
                "the circuit never opened: " + searchesReceived + " upstream searches for " + newCitiesAsked
                        + " new cities");

        upstreamAnswers(okJson(fixture("forecast-paris.json")));
        Instant deadline = Instant.now().plusSeconds(15);
        Answer recovered;
        int attempt = 0;
        do {
            Thread.sleep(500);
            recovered = ask("recovery", "Recovered " + letters(++attempt));
        } while (recovered.status() != 200 && Instant.now().isBefore(deadline));
        assertEquals(200, recovered.status(), "the circuit did not close once the upstream answered");

        System.out.printf(
                "Upstream outage drill: %d answers (%d stale, %d errors), slowest %d ms, "
                        + "%d upstream searches for %d new cities (circuit open for the rest)%n",
                answers.size(),
                answers.stream().filter(Answer::stale).count(),
                answers.stream().filter(answer -> answer.status() != 200).count(),
                answers.stream()
                        .mapToLong(answer -> answer.took().toMillis())
                        .max()
                        .orElse(0),
                searchesReceived,
                newCitiesAsked);
    }
}
