package app.weather.forecast.boundary;

import static app.weather.support.WeatherDeployment.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.weather.support.WeatherDeployment;
import app.weather.support.WeatherServiceIT;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The provider saying "too many requests" (HTTP 429): never asked again at once, not asked at all until its
 * Retry-After is over (stale answers stand in meanwhile), and no reason to open the circuit for everybody. And the
 * spellings of one city asking the provider once. Each test waits out the pause it causes.
 */
class UpstreamRateLimitIT extends WeatherServiceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        upstream = WeatherDeployment.startUpstream();
        return WeatherDeployment.openMeteoWar(upstream, Map.of("weather.cache.ttl", "PT1S"));
    }

    private static void cityIs(String name) {
        String found = fixture("geocoding-paris.json")
                .replace("\"name\":\"Paris\",\"latitude\":48.85341", "\"name\":\"" + name + "\",\"latitude\":48.85341");
        upstream.stubFor(get(urlPathEqualTo("/v1/search"))
                .withQueryParam("name", equalTo(name))
                .willReturn(okJson(found)));
        upstream.stubFor(get(urlPathEqualTo("/v1/forecast")).willReturn(okJson(fixture("forecast-paris.json"))));
    }

    private static ResponseDefinitionBuilder tooManyRequests(String retryAfterSeconds) {
        return aResponse()
                .withStatus(429)
                .withHeader("Retry-After", retryAfterSeconds)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":true,\"reason\":\"Too many requests\"}");
    }

    private static void assertWaitAsked(Response answer, int atMostSeconds) {
        assertEquals(503, answer.getStatus());
        assertTrue(answer.getMediaType().toString().startsWith("application/problem+json"));
        int retryAfter = Integer.parseInt(answer.getHeaderString("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= atMostSeconds, "Retry-After " + retryAfter);
        assertTrue(answer.readEntity(JsonObject.class).getString("detail").contains("slow down"));
    }

    private static void waitOutThePause(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L + 200);
    }

    @DisplayName("F9: a 429 is not retried, and no call goes out until its Retry-After is over")
    @Test
    void a429IsNotRetriedAndNoCallGoesOutUntilItsRetryAfterIsOver() throws Exception {
        upstream.stubFor(get(urlPathEqualTo("/v1/search"))
                .withQueryParam("name", equalTo("Ratelimita"))
                .willReturn(tooManyRequests("2")));
        assertWaitAsked(ask("Ratelimita"), 2);
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/search")));

        // Another city during the pause: the same answer, and the provider is not asked.
        cityIs("Pausedtown");
        assertWaitAsked(ask("Pausedtown"), 2);
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/search")));

        waitOutThePause(2);
        try (Response afterwards = ask("Pausedtown")) {
            assertEquals(200, afterwards.getStatus());
        }
    }

    @DisplayName("F9: the provider's 429s do not open the circuit")
    @Test
    void refusalsDoNotOpenTheCircuit() throws Exception {
        upstream.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(tooManyRequests("0")));
        for (int i = 1; i <= 12; i++) {
            try (Response refused = ask("Limited " + "abcdefghijkl".charAt(i - 1))) {
                assertEquals(503, refused.getStatus());
            }
        }
        upstream.verify(12, getRequestedFor(urlPathEqualTo("/v1/search"))); // one call each: none retried

        upstream.resetAll();
        cityIs("Afterwards");
        try (Response served = ask("Afterwards")) {
            assertEquals(200, served.getStatus(), "twelve 429s opened the circuit");
        }
    }

    @DisplayName("F6, F9: during the provider's pause a cached city is served stale")
    @Test
    void duringAPauseACachedCityIsServedStale() throws Exception {
        cityIs("Stalecity");
        try (Response fresh = ask("Stalecity")) {
            assertEquals(200, fresh.getStatus());
        }
        Thread.sleep(1200); // past the TTL: the next answer must come from the provider, or stand in stale

        upstream.stubFor(get(urlPathEqualTo("/v1/forecast")).willReturn(tooManyRequests("2")));
        for (int i = 0; i < 2; i++) {
            try (Response stale = ask("Stalecity")) {
                assertEquals(200, stale.getStatus());
                assertTrue(stale.readEntity(JsonObject.class).getBoolean("stale"));
            }
        }
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/forecast"))); // the first answer, then one 429
        waitOutThePause(2);
    }

    @DisplayName("F3: the spellings of one city ask the provider once")
    @Test
    void spellingsOfOneCityAskTheProviderOnce() {
        cityIs("Lyon");
        for (String spelling : new String[] {"Lyon", "lyon", "LYON", "Lyon.", "Lyon-", "Lyon'", "  Lyon  "}) {
            try (Response answer = ask(spelling)) {
                assertEquals(200, answer.getStatus(), spelling);
                assertEquals("Lyon", answer.readEntity(JsonObject.class).getString("city"));
            }
        }
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/search")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/forecast")));
    }
}
