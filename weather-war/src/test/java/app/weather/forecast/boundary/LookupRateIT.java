package app.weather.forecast.boundary;

import static app.weather.support.WeatherDeployment.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.weather.support.WeatherDeployment;
import app.weather.support.WeatherServiceIT;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Our own bounds on lookups that ask the provider: 3 new cities a minute per client (by X-Real-IP, as behind
 * ingress-nginx), 8 a minute for the whole service (the tests run in order and share it). Over a bound: 429 with Retry-After and a problem, the provider
 * not asked; other clients unaffected until the service's bound; cached cities never limited.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LookupRateIT extends WeatherServiceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        upstream = WeatherDeployment.startUpstream();
        return WeatherDeployment.openMeteoWar(
                upstream,
                Map.of(
                        "weather.lookups.per-client-per-minute", "3",
                        "weather.lookups.per-minute", "8",
                        "weather.client-address-header", "X-Real-IP"));
    }

    private Response askAs(String client, String city) {
        return weather.queryParam("city", city)
                .request()
                .header("X-Real-IP", client)
                .get();
    }

    private static void assertThrottled(Response answer, String because) {
        assertEquals(429, answer.getStatus());
        assertTrue(answer.getMediaType().toString().startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(answer.getHeaderString("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
        String detail = answer.readEntity(JsonObject.class).getString("detail");
        assertTrue(detail.contains(because) && detail.endsWith("try again in " + retryAfter + " seconds"), detail);
    }

    @DisplayName("F10: a client header that is no address counts as the connection's address")
    @Test
    @Order(1)
    void aClientAddressThatIsNoAddressCountsAsTheConnections() {
        upstream.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(fixture("geocoding-paris.json"))));
        upstream.stubFor(get(urlPathEqualTo("/v1/forecast")).willReturn(okJson(fixture("forecast-paris.json"))));
        String[] notAddresses = {"<script>alert(1)</script>", "1' OR '1'='1", "203.0.113.7, 10.0.0.1", "x".repeat(4000)
        };
        String[] cities = {"Rennes", "Nantes", "Tours", "Metz"};
        for (int i = 0; i < 3; i++) {
            try (Response answer = askAs(notAddresses[i], cities[i])) {
                assertEquals(200, answer.getStatus(), notAddresses[i]);
            }
        }
        try (Response fourth = askAs(notAddresses[3], cities[3])) {
            assertThrottled(fourth, "from your address");
        }
    }

    @DisplayName("F10: new cities are bounded per client and for the service; cached ones never")
    @Test
    @Order(2)
    void newCitiesAreBoundedPerClientAndForTheService() {
        upstream.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(fixture("geocoding-paris.json"))));
        upstream.stubFor(get(urlPathEqualTo("/v1/forecast")).willReturn(okJson(fixture("forecast-paris.json"))));
        for (String city : new String[] {"Paris", "Lyon", "Nice"}) {
            try (Response answer = askAs("203.0.113.1", city)) {
                assertEquals(200, answer.getStatus(), city);
            }
        }
        try (Response fourth = askAs("203.0.113.1", "Lille")) {
            assertThrottled(fourth, "from your address");
        }
        upstream.verify(3, getRequestedFor(urlPathEqualTo("/v1/search")));
        try (Response cached = askAs("203.0.113.1", "Paris")) {
            assertEquals(200, cached.getStatus(), "a cached city was limited");
        }

        try (Response other = askAs("203.0.113.2", "Lille")) {
            assertEquals(200, other.getStatus(), "another client was limited by the first one's lookups");
        }
        try (Response eighth = askAs("203.0.113.3", "Brest")) {
            assertEquals(200, eighth.getStatus()); // 3 of the first test, 5 of this one
        }
        try (Response ninth = askAs("203.0.113.4", "Dijon")) {
            assertThrottled(ninth, "as often as its terms allow");
        }
        upstream.verify(5, getRequestedFor(urlPathEqualTo("/v1/search")));
    }
}
