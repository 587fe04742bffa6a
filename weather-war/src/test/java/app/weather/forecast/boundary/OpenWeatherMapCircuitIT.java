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
 * The second provider, OpenWeatherMap (metric units, wind in m/s), and the circuit breaker: after repeated
 * failures the service stops asking the provider and answers 503 at once, then closes again once it answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenWeatherMapCircuitIT extends WeatherServiceIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        upstream = WeatherDeployment.startUpstream();
        String circuit = "app.weather.forecast.control.Upstream/fetch/CircuitBreaker/";
        return WeatherDeployment.war(Map.of(
                "weather.provider",
                "openweathermap",
                "openweathermap.api-key",
                "test-key",
                "openweathermap.url",
                upstream.baseUrl() + "/data/2.5/weather",
                circuit + "requestVolumeThreshold",
                "4",
                circuit + "failureRatio",
                "0.5",
                circuit + "delay",
                "1500",
                circuit + "successThreshold",
                "1"));
    }

    @DisplayName("F11: OpenWeatherMap answers in the same contract, wind turned into km/h")
    @Test
    @Order(1)
    void openWeatherMapAnswersInMetricUnitsWithWindInKmh() {
        upstream.stubFor(get(urlPathEqualTo("/data/2.5/weather"))
                .withQueryParam("q", equalTo("Paris,FR"))
                .withQueryParam("appid", equalTo("test-key"))
                .withQueryParam("units", equalTo("metric"))
                .willReturn(okJson(fixture("openweathermap-paris.json"))));
        try (Response response = ask("Paris, FR")) {
            assertEquals(200, response.getStatus());
            JsonObject answer = response.readEntity(JsonObject.class);
            assertEquals("Paris", answer.getString("city"));
            assertEquals("France", answer.getString("country"));
            assertEquals(10.5, answer.getJsonNumber("temperature").doubleValue());
            assertEquals(86, answer.getInt("humidity"));
            assertEquals(35.2, answer.getJsonNumber("wind_speed").doubleValue(), "9.77 m/s is 35.2 km/h");
            assertEquals("Clouds", answer.getString("weather"));
            assertEquals("Overcast clouds", answer.getString("description"));
        }
    }

    @DisplayName("F7, F11: a city OpenWeatherMap does not know is 404")
    @Test
    @Order(2)
    void aCityOpenWeatherMapDoesNotKnowIsNotFound() {
        upstream.stubFor(get(urlPathEqualTo("/data/2.5/weather"))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody(fixture("openweathermap-404.json"))));
        try (Response response = ask("Atlantis")) {
            assertEquals(404, response.getStatus());
            assertEquals(
                    "City 'Atlantis' not found",
                    response.readEntity(JsonObject.class).getString("detail"));
        }
    }

    @DisplayName("F8: repeated failures open the circuit, which closes when the provider answers again")
    @Test
    @Order(3)
    void repeatedFailuresOpenTheCircuitWhichClosesWhenTheProviderAnswersAgain() throws InterruptedException {
        upstream.stubFor(
                get(urlPathEqualTo("/data/2.5/weather")).willReturn(aResponse().withStatus(500)));
        // Failures answer 502 until the circuit sees enough of them in its window (4 calls, half failing).
        int failures = 0;
        for (String city : new String[] {"Failtown", "Failburg", "Failville", "Failham", "Failby"}) {
            try (Response failed = ask(city)) {
                if (failed.getStatus() == 503) {
                    break;
                }
                assertEquals(502, failed.getStatus());
                failures++;
            }
        }
        assertTrue(failures >= 2 && failures <= 4, "the circuit opened after " + failures + " failures");
        int asked = upstream.findAll(getRequestedFor(urlPathEqualTo("/data/2.5/weather")))
                .size();
        try (Response open = ask("Bordeaux")) {
            assertEquals(503, open.getStatus(), "the circuit should be open");
            assertTrue(open.readEntity(String.class).contains("cannot be reached"));
        }
        assertEquals(
                asked,
                upstream.findAll(getRequestedFor(urlPathEqualTo("/data/2.5/weather")))
                        .size(),
                "an open circuit must not ask the provider");

        upstream.stubFor(
                get(urlPathEqualTo("/data/2.5/weather")).willReturn(okJson(fixture("openweathermap-paris.json"))));
        Thread.sleep(1_700); // the circuit's delay here is 1.5 s
        try (Response closed = ask("Bordeaux")) {
            assertEquals(200, closed.getStatus());
        }
        try (Response stillClosed = ask("Toulouse")) {
            assertEquals(200, stillClosed.getStatus());
        }
    }
}
