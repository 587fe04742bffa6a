package app.weather.forecast.boundary;

import static app.weather.support.WeatherDeployment.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.weather.support.WeatherDeployment;
import app.weather.support.WeatherInstance;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * F16: two weather instances clustered in Payara Micro's data grid, as two replicas are in Kubernetes, share one cache
 * and one allowance; a lone instance starts no Hazelcast. The tests run in order on one pair: each spends some of the
 * pair's allowance of {@value #LOOKUPS_A_DAY} lookups, and the last stops one of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataGridIT {

    /** The whole service's lookups a day; a lookup a minute is not the bound here (a test may take minutes). */
    private static final int LOOKUPS_A_DAY = 10;

    private static final List<String> CITIES = List.of("Lyon", "Nice", "Rome", "Oslo", "Bern", "Kyiv", "Riga", "Lima");

    private static WireMockServer upstream;
    private static WeatherInstance first;
    private static WeatherInstance second;

    @BeforeAll
    static void startPair() throws Exception {
        upstream = WeatherDeployment.startUpstream();
        upstream.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(fixture("geocoding-paris.json"))));
        upstream.stubFor(get(urlPathEqualTo("/v1/forecast")).willReturn(okJson(fixture("forecast-paris.json"))));
        int firstPort = WeatherInstance.freePort();
        int secondPort = WeatherInstance.freePort();
        Map<String, String> environment = Map.of(
                "PAYARA_CLUSTER_MODE", "tcpip:127.0.0.1:" + firstPort + ",127.0.0.1:" + secondPort,
                "WEATHER_GEOCODING_URL", upstream.baseUrl() + "/v1/search",
                "WEATHER_FORECAST_URL", upstream.baseUrl() + "/v1/forecast",
                "WEATHER_LOOKUPS_PER_MINUTE", "1000",
                "WEATHER_LOOKUPS_PER_DAY", String.valueOf(LOOKUPS_A_DAY));
        first = WeatherInstance.start(
                environment, "--interfaces", "127.0.0.1", "--startport", String.valueOf(firstPort));
        second = WeatherInstance.start(
                environment, "--interfaces", "127.0.0.1", "--startport", String.valueOf(secondPort));
        awaitMembers(first, 2);
        awaitMembers(second, 2);
    }

    @AfterAll
    static void stopPair() {
        for (AutoCloseable running : new AutoCloseable[] {first, second}) {
            try {
                if (running != null) {
                    running.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (upstream != null) {
            upstream.stop();
        }
    }

    @Test
    @Order(1)
    void aCityFetchedThroughOneInstanceIsACacheHitOnTheOther() throws Exception {
        HttpResponse<String> fetched = first.get("/weather/?city=Paris");
        HttpResponse<String> cached = second.get("/weather/?city=Paris");

        assertEquals(200, fetched.statusCode(), fetched.body());
        assertEquals(200, cached.statusCode(), cached.body());
        assertEquals(fetched.body(), cached.body(), "the second instance answers what the first fetched");
        assertEquals(1, forecastCalls(), "the provider is asked once for both");
    }

    @Test
    @Order(2)
    void placesSuggestedThroughOneInstanceAreACacheHitOnTheOther() throws Exception {
        HttpResponse<String> fetched = first.get("/weather/places?q=Par");
        HttpResponse<String> cached = second.get("/weather/places?q=par");

        assertEquals(200, fetched.statusCode(), fetched.body());
        assertTrue(fetched.body().contains("\"region\":\"Île-de-France\""), fetched.body());
        assertEquals(fetched.body(), cached.body());
        assertEquals(
                1,
                upstream.countRequestsMatching(getRequestedFor(urlPathEqualTo("/v1/search"))
                                .withQueryParam("name", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Par"))
                                .build())
                        .getCount());
    }

    @Test
    @Order(3)
    void theAllowanceIsTheWholeServicesNotEachInstances() throws Exception {
        // Paris and "Par" took 2 of the 10; 8 more cities, asked of both in turn, take the rest.
        for (int i = 0; i < CITIES.size(); i++) {
            WeatherInstance instance = i % 2 == 0 ? first : second;
            HttpResponse<String> answer = instance.get("/weather/?city=" + CITIES.get(i));
            assertEquals(200, answer.statusCode(), CITIES.get(i) + ": " + answer.body());
        }

        // Each instance has asked for 5 lookups: with bounds of its own, each would still have 5 to give.
        for (WeatherInstance instance : List.of(first, second)) {
            HttpResponse<String> refused = instance.get("/weather/?city=Baku");
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("The service has asked the weather provider as often as its terms"));
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        }
        assertEquals(1 + CITIES.size(), forecastCalls());
    }

    @Test
    @Order(4)
    void aReplicaThatStopsTakesNoCachedAnswerWithIt() throws Exception {
        first.close();
        awaitMembers(second, 1);

        // The allowance is spent: an answer that were not cached any more would be a 429. Lyon, Rome, Bern and Riga
        // were fetched through the first and never asked of the second: no near copy of the second's holds them, the
        // grid's copies (moved over as the first stopped) do.
        for (String city : concat("Paris", CITIES)) {
            HttpResponse<String> answer = second.get("/weather/?city=" + city);
            assertEquals(200, answer.statusCode(), city + ": " + answer.body());
        }
        assertEquals(1 + CITIES.size(), forecastCalls(), "every answer came from the cache");
    }

    @Test
    @Order(5)
    void aLoneInstanceStartsNoHazelcast() throws Exception {
        assertTrue(
                second.threadNames().stream().anyMatch(name -> name.startsWith("hz.")),
                "a clustered instance runs the data grid's threads (hz.*)");
        try (WeatherInstance alone = WeatherInstance.start(Map.of(
                "WEATHER_GEOCODING_URL", upstream.baseUrl() + "/v1/search",
                "WEATHER_FORECAST_URL", upstream.baseUrl() + "/v1/forecast"))) {
            List<String> threads = alone.threadNames();
            assertTrue(threads.stream().noneMatch(name -> name.startsWith("hz.")), "Hazelcast threads: " + threads);
            assertTrue(reportsMembers(alone.get("/health/ready").body(), 1));
            assertEquals(200, alone.get("/weather/?city=Paris").statusCode(), "its own cache and bounds serve");
        }
    }

    private static int forecastCalls() {
        return upstream.countRequestsMatching(
                        getRequestedFor(urlPathEqualTo("/v1/forecast")).build())
                .getCount();
    }

    private static List<String> concat(String head, List<String> tail) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(head), tail.stream())
                .toList();
    }

    /** Whether a readiness answer gives that many members (Payara writes the number as a string). */
    private static boolean reportsMembers(String readiness, int members) {
        return readiness.matches("(?s).*\"data_grid_members\":\"?" + members + "\\b.*");
    }

    /** Until the instance's readiness says the grid has that many members (it is ready before the other joins). */
    private static void awaitMembers(WeatherInstance instance, int members) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = instance.get("/health/ready").body();
            if (reportsMembers(body, members)) {
                return;
            }
            WeatherInstance.pause(Duration.ofMillis(300));
        }
        throw new AssertionError(
                "the data grid never had " + members + " members: " + body + "; see " + instance.log());
    }
}
