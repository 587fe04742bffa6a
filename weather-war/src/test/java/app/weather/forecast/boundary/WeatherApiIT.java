package app.weather.forecast.boundary;

import static app.weather.support.WeatherDeployment.fixture;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.weather.support.WeatherDeployment;
import app.weather.support.WeatherServiceIT;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /weather/?city=} on Payara Micro, with WireMock standing in for Open-Meteo and answering in its
 * exact shapes, well and badly. Each test asks for cities of its own, so that the cache of one does not
 * answer another.
 */
class WeatherApiIT extends WeatherServiceIT {

    private static final Duration ANSWER_BOUND = Duration.ofSeconds(5);
    /**
     * Far over Grizzly's 8 KiB header limit, more than the socket buffers take before the server closes: the corpus's
     * longer lines (1 MiB) go on a connection of their own, and a reset counts as a refusal.
     */
    private static final int OVERSIZED_REQUEST_LINE = 1 << 16;

    @Deployment(testable = false)
    static WebArchive deployment() {
        upstream = WeatherDeployment.startUpstream();
        return WeatherDeployment.openMeteoWar(
                upstream,
                Map.of(
                        "weather.cache.ttl", "PT2S",
                        "weather.allowed-hosts", "localhost,weather.example.com",
                        // The circuit breaker has a test of its own; here every failure must reach the upstream.
                        "app.weather.forecast.control.Upstream/fetch/CircuitBreaker/requestVolumeThreshold", "100000"));
    }

    /** Geocoding finds the city (Open-Meteo's shape, as for Paris), the forecast answers. */
    private static void cityIs(String name, String country, String code, ResponseDefinitionBuilder forecast) {
        String found = fixture("geocoding-paris.json")
                .replace("\"name\":\"Paris\",\"latitude\":48.85341", "\"name\":\"" + name + "\",\"latitude\":48.85341")
                .replace("\"country_code\":\"FR\"", "\"country_code\":\"" + code + "\"")
                .replace("\"country\":\"France\"", "\"country\":\"" + country + "\"");
        upstream.stubFor(get(urlPathEqualTo("/v1/search"))
                .withQueryParam("name", equalTo(name))
                .willReturn(okJson(found)));
        upstream.stubFor(get(urlPathEqualTo("/v1/forecast")).willReturn(forecast));
    }

    private static ResponseDefinitionBuilder parisForecast() {
        return okJson(fixture("forecast-paris.json"));
    }

    private static JsonObject ok(Response response) {
        assertEquals(200, response.getStatus());
        assertEquals("application/json", response.getMediaType().toString().replaceAll(";.*", ""));
        return response.readEntity(JsonObject.class);
    }

    private static JsonObject problem(Response response, int status) {
        assertEquals(status, response.getStatus());
        assertTrue(response.getMediaType().toString().startsWith("application/problem+json"));
        JsonObject problem = response.readEntity(JsonObject.class);
        assertEquals(status, problem.getInt("status"));
        assertFalse(
                problem.toString().contains("Exception") || problem.toString().contains("\tat "), "leaked: " + problem);
        return problem;
    }

    @DisplayName("F1, F14: Paris answers the original contract field for field, then what was added: region, feels"
            + " like, chance of rain, units and 7 days in Paris's own calendar")
    @Test
    void parisAnswersTheOriginalContract() {
        upstream.stubFor(get(urlPathEqualTo("/v1/search"))
                .withQueryParam("name", equalTo("Paris"))
                .withQueryParam("format", equalTo("json"))
                .willReturn(okJson(fixture("geocoding-paris.json"))));
        upstream.stubFor(get(urlPathEqualTo("/v1/forecast"))
                .withQueryParam("latitude", equalTo("48.85341"))
                .withQueryParam(
                        "current",
                        equalTo("temperature_2m,relative_humidity_2m,apparent_temperature,precipitation_probability,"
                                + "wind_speed_10m,weather_code"))
                .withQueryParam(
                        "daily",
                        equalTo("weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max"))
                .withQueryParam("forecast_days", equalTo("7"))
                .withQueryParam("timezone", equalTo("auto"))
                .withQueryParam("temperature_unit", equalTo("celsius"))
                .withQueryParam("wind_speed_unit", equalTo("kmh"))
                .willReturn(parisForecast()));
        String answer = ok(ask("Paris")).toString();
        String seed = "{\"city\":\"Paris\",\"country\":\"France\",\"country_code\":\"FR\",\"latitude\":48.85,"
                + "\"longitude\":2.35,\"temperature\":7.6,\"humidity\":87,\"wind_speed\":13.3,\"weather\":\"Clouds\","
                + "\"description\":\"Overcast\",\"icon\":\"clouds\",\"observed_at\":\"2026-11-26T18:00:00Z\","
                + "\"source\":\"Open-Meteo.com\",\"source_url\":\"https://open-meteo.com/\",";
        assertTrue(answer.startsWith(seed), "the seed's fields changed: " + answer);
        assertEquals(
                "\"region\":\"Île-de-France\",\"feels_like\":4.9,\"precipitation_probability\":20,"
                        + "\"units\":\"metric\",\"daily\":[{\"date\":\"2026-11-26\",\"min\":4.1,\"max\":9.4,"
                        + "\"weather\":\"Clouds\",\"description\":\"Overcast\",\"icon\":\"clouds\","
                        + "\"precipitation_probability\":20},",
                answer.substring(seed.length(), answer.indexOf("},", seed.length()) + 2));
        JsonObject parsed = ok(ask("Paris"));
        assertEquals(7, parsed.getJsonArray("daily").size());
        JsonObject secondDay = parsed.getJsonArray("daily").getJsonObject(1);
        assertEquals("2026-11-27", secondDay.getString("date"));
        assertEquals("Rain", secondDay.getString("weather"));
        assertEquals(85, secondDay.getInt("precipitation_probability"));
        assertEquals(
                -1.8,
                parsed.getJsonArray("daily")
                        .getJsonObject(6)
                        .getJsonNumber("min")
                        .doubleValue());
    }

    @DisplayName("F12: units=imperial asks the provider for °F and mph and is cached apart from metric; other units"
            + " are 400")
    @Test
    void imperialUnitsAreAskedOfTheProviderAndCachedApart() {
        cityIs("Boston", "United States", "US", parisForecast());
        upstream.stubFor(get(urlPathEqualTo("/v1/forecast"))
                .withQueryParam("temperature_unit", equalTo("fahrenheit"))
                .withQueryParam("wind_speed_unit", equalTo("mph"))
                .willReturn(okJson(fixture("forecast-paris.json")
                        .replace("\"temperature_2m\":7.6", "\"temperature_2m\":45.7")
                        .replace("\"wind_speed_10m\":13.3", "\"wind_speed_10m\":8.3"))));
        JsonObject imperial = ok(weather.queryParam("city", "Boston")
                .queryParam("units", "imperial")
                .request()
                .get());
        assertEquals("imperial", imperial.getString("units"));
        assertEquals(45.7, imperial.getJsonNumber("temperature").doubleValue());
        assertEquals(8.3, imperial.getJsonNumber("wind_speed").doubleValue());
        JsonObject metric = ok(ask("Boston"));
        assertEquals("metric", metric.getString("units"));
        assertEquals(7.6, metric.getJsonNumber("temperature").doubleValue());
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/forecast")));
        ok(weather.queryParam("city", "Boston")
                .queryParam("units", "IMPERIAL")
                .request()
                .get());
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/forecast"))); // the cached imperial answer
        for (String wrong : new String[] {"kelvin", "metric,imperial", "<b>", "'; DROP TABLE x;--"}) {
            JsonObject problem = problem(
                    weather.queryParam("city", "Boston")
                            .queryParam("units", wrong)
                            .request()
                            .get(),
                    400);
            assertEquals("Invalid units", problem.getString("title"));
        }
    }

    @DisplayName("F13: lat and lon instead of a city ask the provider for that place, rounded to 2 decimals, without"
            + " geocoding; out of range, half given, not numbers or beside a city is 400")
    @Test
    void aLocationIsAskedByItsCoordinates() {
        upstream.stubFor(get(urlPathEqualTo("/v1/forecast"))
                .withQueryParam("latitude", equalTo("-33.87"))
                .withQueryParam("longitude", equalTo("151.21"))
                .willReturn(parisForecast()));
        JsonObject here = ok(weather.queryParam("lat", "-33.8688")
                .queryParam("lon", "151.2093")
                .request()
                .get());
        assertFalse(here.containsKey("city"), "no provider names a bare location: " + here);
        assertEquals(-33.87, here.getJsonNumber("latitude").doubleValue());
        assertEquals(151.21, here.getJsonNumber("longitude").doubleValue());
        assertEquals(7.6, here.getJsonNumber("temperature").doubleValue());
        ok(weather.queryParam("lat", "-33.871")
                .queryParam("lon", "151.209")
                .request()
                .get());
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/forecast"))); // the same rounded place: cached
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")));
        String[][] wrong = {
            {"lat", "91", "lon", "0"},
            {"lat", "0", "lon", "-180.5"},
            {"lat", "48.8", "lon", null},
            {"lat", "north", "lon", "2"},
            {"lat", "NaN", "lon", "2"},
            {"lat", "1e308", "lon", "2"},
            {"lat", "48.8", "lon", "2.3", "city", "Paris"}
        };
        for (String[] query : wrong) {
            var target = weather;
            for (int i = 0; i < query.length; i += 2) {
                if (query[i + 1] != null) {
                    target = target.queryParam(query[i], query[i + 1]);
                }
            }
            problem(target.request().get(), 400);
        }
    }

    @DisplayName("F15: places whose name begins with 3 letters or more, named in the language asked, cached; fewer"
            + " letters, markup or a bad language is 400 without asking the provider; nothing found is an empty list")
    @Test
    void placesAreSuggestedAsAPersonTypes() {
        upstream.stubFor(get(urlPathEqualTo("/v1/search"))
                .withQueryParam("name", equalTo("Par"))
                .withQueryParam("language", equalTo("fr"))
                .withQueryParam("count", equalTo("10"))
                .willReturn(okJson(fixture("geocoding-paris.json"))));
        upstream.stubFor(get(urlPathEqualTo("/v1/search"))
                .withQueryParam("name", equalTo("Xyzzyq"))
                .willReturn(okJson(fixture("geocoding-none.json"))));
        try (Response response = weather.path("places")
                .queryParam("q", "Par")
                .queryParam("lang", "fr")
                .request()
                .get()) {
            assertEquals(200, response.getStatus());
            String places = response.readEntity(String.class);
            assertTrue(
                    places.startsWith("[{\"name\":\"Paris\",\"region\":\"Île-de-France\",\"country\":\"France\","
                            + "\"country_code\":\"FR\",\"latitude\":48.85341,\"longitude\":2.3488},"
                            + "{\"name\":\"Paris\",\"region\":\"Texas\",\"country\":\"United States\""),
                    places);
        }
        try (Response again = weather.path("places")
                .queryParam("q", "par")
                .queryParam("lang", "FR")
                .request()
                .get()) {
            assertEquals(200, again.getStatus());
        }
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/search")));
        try (Response none =
                weather.path("places").queryParam("q", "Xyzzyq").request().get()) {
            assertEquals("[]", none.readEntity(String.class));
        }
        for (String[] query : new String[][] {
            {"Pa", null},
            {"", null},
            {null, null},
            {"<script>", null},
            {"Par", "french"},
            {"Par", "f1"},
            {"x".repeat(101), null}
        }) {
            var target = weather.path("places");
            if (query[0] != null) {
                target = target.queryParam("q", query[0]);
            }
            if (query[1] != null) {
                target = target.queryParam("lang", query[1]);
            }
            problem(target.request().get(), 400);
        }
        upstream.verify(2, getRequestedFor(urlPathEqualTo("/v1/search")));
    }

    @DisplayName("F1: /weather without the trailing slash answers too")
    @Test
    void withoutTheTrailingSlashToo() {
        cityIs("Lille", "France", "FR", parisForecast());
        try (Response response = client.target(WeatherDeployment.onLoopback(deployed))
                .path("weather")
                .queryParam("city", "Lille")
                .request()
                .get()) {
            assertEquals("Lille", ok(response).getString("city"));
        }
    }

    @DisplayName("F3, F5: the same city asked again is answered from the cache")
    @Test
    void aSecondIdenticalRequestIsServedFromTheCache() {
        cityIs("Lyon", "France", "FR", parisForecast());
        ok(ask("Lyon"));
        ok(ask("  lyon "));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/forecast")));
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/search")));
    }

    @DisplayName("F5, F7: an unknown city is 404, and the provider is asked once a minute")
    @Test
    void anUnknownCityIsNotFound() {
        upstream.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(fixture("geocoding-none.json"))));
        assertEquals("City 'Atlantis' not found", problem(ask("Atlantis"), 404).getString("detail"));
        problem(ask("Atlantis"), 404);
        upstream.verify(1, getRequestedFor(urlPathEqualTo("/v1/search"))); // remembered for a minute
    }

    @DisplayName("F2: cities in any script are answered")
    @ParameterizedTest
    @ValueSource(strings = {"São Paulo", "Zürich", "東京", "Saint-Étienne", "L'Aquila", "St. Louis"})
    void citiesOfAnyScriptWork(String city) {
        cityIs(city, "Somewhere", "XX", parisForecast());
        assertEquals(city, ok(ask(city)).getString("city"));
    }

    @DisplayName("F2: a country after the comma narrows the provider's search")
    @Test
    void aCountryNarrowsTheSearch() {
        cityIs("Paris", "France", "FR", parisForecast());
        ok(ask("Paris, France"));
        upstream.verify(getRequestedFor(urlPathEqualTo("/v1/search")).withQueryParam("countryCode", equalTo("FR")));
        cityIs("Paris", "United States", "US", parisForecast());
        ok(ask("Paris, us"));
        upstream.verify(getRequestedFor(urlPathEqualTo("/v1/search")).withQueryParam("countryCode", equalTo("US")));
    }

    @DisplayName("F2: what cannot be a city is 400, and the provider is not asked")
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "12345",
                "<script>alert(1)</script>",
                "Paris'; DROP TABLE city; --",
                "Paris\u0000",
                "Paris, Narnia",
                "../../etc/passwd",
                "a,b,c"
            })
    void invalidCitiesAreBadRequests(String city) {
        problem(ask(city), 400);
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")));
    }

    @DisplayName("F2: a missing city or one over 100 characters is 400 with a sentence")
    @Test
    void aMissingOrOverlongCityIsABadRequest() {
        try (Response missing = weather.request().get()) {
            assertEquals(
                    "Give a city, for example ?city=Paris",
                    problem(missing, 400).getString("detail"));
        }
        assertTrue(problem(ask("x".repeat(101)), 400).getString("detail").contains("at most 100"));
    }

    @DisplayName("F7: a provider that resets the connection gives 503 within 5 s")
    @Test
    void aResetConnectionIsUnavailable() {
        cityIs("Reset", "France", "FR", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        timed(() -> problem(ask("Reset"), 503));
    }

    @DisplayName("F7: a provider slower than the time bound gives 504 within 5 s")
    @Test
    void anUpstreamSlowerThanTheTimeoutIsAGatewayTimeout() {
        cityIs("Slowtown", "France", "FR", parisForecast().withFixedDelay(8000));
        timed(() -> problem(ask("Slowtown"), 504));
    }

    @DisplayName("F7: a provider's error gives 502 within 5 s")
    @Test
    void anUpstreamErrorIsABadGateway() {
        cityIs("Errorville", "France", "FR", aResponse().withStatus(500).withBody("{\"error\":true}"));
        timed(() -> problem(ask("Errorville"), 502));
    }

    @DisplayName("F7: HTML, a broken answer or the wrong JSON from the provider gives 502")
    @Test
    void anHtmlPageInsteadOfJsonIsABadGateway() {
        cityIs(
                "Htmlton",
                "France",
                "FR",
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><body>Service maintenance</body></html>"));
        timed(() -> problem(ask("Htmlton"), 502));
        cityIs("Garbled", "France", "FR", aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
        timed(() -> problem(ask("Garbled"), 502));
        cityIs("Shapeless", "France", "FR", okJson("{\"current\":{\"temperature_2m\":\"warm\"}}"));
        timed(() -> problem(ask("Shapeless"), 502));
    }

    @DisplayName("F6: when the provider fails, the last answer stands in, marked stale")
    @Test
    void aCachedAnswerStandsInMarkedStaleWhenTheUpstreamFails() throws InterruptedException {
        cityIs("Oslo", "Norway", "NO", parisForecast());
        assertFalse(ok(ask("Oslo")).containsKey("stale"));
        Thread.sleep(2_100); // past the cache's freshness (PT2S here)
        upstream.stubFor(
                get(urlPathEqualTo("/v1/forecast")).willReturn(aResponse().withStatus(500)));

        JsonObject stale = ok(ask("Oslo"));
        assertTrue(stale.getBoolean("stale"));
        assertTrue(stale.getInt("age_seconds") >= 2);
        assertEquals(7.6, stale.getJsonNumber("temperature").doubleValue());
    }

    @Test
    void browsersOfAnyOriginMayRead() {
        cityIs("Nice", "France", "FR", parisForecast());
        try (Response response = weather.queryParam("city", "Nice")
                .request()
                .header("Origin", "https://example.org")
                .get()) {
            assertEquals(200, response.getStatus());
            assertEquals("*", response.getHeaderString("Access-Control-Allow-Origin"));
        }
    }

    @Test
    void everyAnswerCarriesTheHeadersAndNoneNamesTheServer() {
        cityIs("Headerville", "France", "FR", parisForecast());
        java.util.List<Response> answers = java.util.List.of(
                ask("Headerville"),
                ask("Headerville"), // a miss, then a hit from the cache filter
                ask("<b>"),
                client.target(WeatherDeployment.onLoopback(deployed))
                        .path("nothing-here")
                        .request()
                        .get(),
                client.target(WeatherDeployment.onLoopback(deployed))
                        .path("index.html")
                        .request()
                        .get());
        for (Response answer : answers) {
            try (answer) {
                String what = answer.getStatus() + " " + answer.getMediaType();
                String policy = answer.getHeaderString("Content-Security-Policy");
                assertTrue(
                        policy != null
                                && policy.contains("default-src 'none'")
                                && policy.contains("frame-ancestors 'none'")
                                && policy.contains("base-uri 'none'")
                                && !policy.contains("unsafe"),
                        what + ": CSP " + policy);
                assertEquals("nosniff", answer.getHeaderString("X-Content-Type-Options"), what);
                assertEquals("no-referrer", answer.getHeaderString("Referrer-Policy"), what);
                assertTrue(answer.getHeaderString("Permissions-Policy") != null, what);
                assertEquals(null, answer.getHeaderString("Server"), what);
                assertEquals(null, answer.getHeaderString("X-Powered-By"), what);
            }
        }
    }

    /** The status line and what follows, as a bare socket gets them: the Host header is the test's to choose. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", deployed.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    String text = answer.toString(StandardCharsets.UTF_8);
                    if (text.contains("\r\n\r\n") && (text.endsWith("}") || text.endsWith("0\r\n\r\n"))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException | SocketException endOfAnswer) {
                // what came is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void assertStatus(int status, String answer) {
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), "expected " + status + ": " + answer);
        assertFalse(answer.contains("Payara"), "the answer names the server: " + answer);
    }

    @Test
    void aForeignHostIsRefusedAndTheServiceNamesAreServed() throws IOException {
        cityIs("Paris", "France", "FR", parisForecast());
        for (String foreign :
                new String[] {"attacker.example", "attacker.example:" + deployed.getPort(), "weather.attacker.example"
                }) {
            String answer =
                    raw("GET /weather/?city=Paris HTTP/1.1\r\nHost: " + foreign + "\r\nConnection: close\r\n\r\n");
            assertStatus(421, answer);
            assertTrue(answer.contains("application/problem+json"), answer);
        }
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")));
        for (String own :
                new String[] {"127.0.0.1:" + deployed.getPort(), "localhost:" + deployed.getPort(), "[::1]:8081"}) {
            assertStatus(
                    200, raw("GET /weather/?city=Paris HTTP/1.1\r\nHost: " + own + "\r\nConnection: close\r\n\r\n"));
        }
    }

    @Test
    void aBodyIsRefusedBeforeItIsRead() throws IOException {
        String huge = raw("POST /weather/?city=Paris HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (64L << 20) + "\r\n\r\n{");
        assertStatus(413, huge);
        assertTrue(huge.toLowerCase().contains("connection: close"), huge);
        assertStatus(
                411, raw("POST /weather/ HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n"));
    }

    @Test
    void theOperationalEndpointsAreNotServedThroughAProxy() throws IOException {
        for (String path : new String[] {"/health/ready", "/metrics", "/openapi"}) {
            assertStatus(200, raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
            for (String proxied :
                    new String[] {"X-Forwarded-For: 203.0.113.9", "X-Real-IP: 203.0.113.9", "Forwarded: for=203.0.113.9"
                    }) {
                assertStatus(
                        404,
                        raw("GET " + path + " HTTP/1.1\r\nHost: weather.example.com\r\n" + proxied
                                + "\r\nConnection: close\r\n\r\n"));
            }
        }
    }

    @Test
    void noWadlDescribesTheService() {
        try (Response wadl = client.target(WeatherDeployment.onLoopback(deployed))
                .path("weather/application.wadl")
                .request()
                .get()) {
            assertEquals(404, wadl.getStatus());
        }
        try (Response options = weather.request().options()) {
            assertFalse(options.readEntity(String.class).contains("wadl"), "OPTIONS answered a WADL");
        }
    }

    @Test
    void readinessDoesNotDependOnTheUpstream() {
        upstream.stubFor(
                get(urlPathEqualTo("/v1/search")).willReturn(aResponse().withStatus(503)));
        try (Response ready = client.target(WeatherDeployment.onLoopback(deployed))
                .path("health/ready")
                .request()
                .get()) {
            assertEquals(200, ready.getStatus());
        }
        try (Response openapi = client.target(WeatherDeployment.onLoopback(deployed))
                .path("openapi")
                .request()
                .get()) {
            assertEquals(200, openapi.getStatus());
            assertTrue(openapi.readEntity(String.class).contains("/weather"));
        }
    }

    /**
     * Bad input at every entry point of the weather service: query parameters (empty, 1 MB, NUL, invalid
     * UTF-8, markup, SQL, numbers, repeated), methods, paths and headers. Every one is a 4xx with a problem
     * document or the HTTP server's own empty refusal, none reaches the upstream, the service stays healthy.
     */
    @DisplayName("F2: bad input at every entry point is a 4xx problem, and the provider is not asked")
    @Test
    void badInputCorpus() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
        java.util.List<String> failures = new java.util.ArrayList<>();
        String[] queries = {
            "",
            "city",
            "city=",
            "city=%20%20",
            "city=" + "a".repeat(1 << 20),
            "city=a%00b",
            "city=%00",
            "city=caf%C3%28",
            "city=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "city=Paris%27%3B%20DROP%20TABLE%20x%3B--",
            "city=12345",
            "city=-1",
            "city=%7B%22a%22%3A1%7D",
            "city=Paris,%20Narnia",
            "city=Paris,",
            "city=" + "%F0%9F%9A%80".repeat(10),
            "city=..%2F..%2Fetc%2Fpasswd",
            "city=a%0Ab",
            "city=Paris%0D%0ASet-Cookie:x",
            "city=Paris&units=kelvin",
            "city=Paris&units=" + "m".repeat(1 << 16),
            "units=imperial",
            "lat=abc&lon=1",
            "lat=1e400&lon=1",
            "lat=91&lon=0",
            "lat=1",
            "lat=%3Cb%3E&lon=%3Cb%3E",
            "city=Paris&lat=1&lon=2"
        };
        int cases = 0;
        for (String query : queries) {
            cases++;
            failures.addAll(refusal(http, "GET", "/weather/?" + query, null));
        }
        String[][] others = {
            {"POST", "/weather/?city=Paris"},
            {"PUT", "/weather/?city=Paris"},
            {"DELETE", "/weather/?city=Paris"},
            {"GET", "/weather/Paris"},
            {"GET", "/weather/x/y?city=Paris"},
            {"GET", "/weather/places"},
            {"GET", "/weather/places?q=Pa"},
            {"GET", "/weather/places?q=%3Cscript%3E"},
            {"GET", "/weather/places?q=Par&lang=xx1"},
            {"GET", "/weather/places?q=Par%27%3B%20DROP%20TABLE%20x%3B--"},
            {"GET", "/weather/places?q=" + "a".repeat(1 << 20)},
            {"POST", "/weather/places?q=Paris"}
        };
        for (String[] request : others) {
            cases++;
            failures.addAll(refusal(http, request[0], request[1], null));
        }
        cases++;
        failures.addAll(refusal(http, "GET", "/weather/?city=Paris", "application/xml"));
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")));
        upstream.verify(0, getRequestedFor(urlPathEqualTo("/v1/forecast")));
        System.out.println("Bad input corpus (weather): " + cases + " cases, " + failures.size() + " failed");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        try (Response ready = client.target(WeatherDeployment.onLoopback(deployed))
                .path("health/ready")
                .request()
                .get()) {
            assertEquals(200, ready.getStatus());
        }
    }

    private java.util.List<String> refusal(java.net.http.HttpClient http, String method, String path, String accept)
            throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                        WeatherDeployment.onLoopback(deployed).resolve(path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        String what = method + " " + (path.length() > 80 ? path.substring(0, 80) + "…" : path);
        boolean oversized = path.length() > OVERSIZED_REQUEST_LINE;
        java.net.http.HttpResponse<String> response;
        // A request line over the server's header limit is answered "400" and the connection closed, without
        // "Connection: close" (Grizzly's answer): a client that kept the connection would send the next request
        // into a closed socket. So an oversized one goes on a connection of its own.
        try (java.net.http.HttpClient own = oversized
                ? java.net.http.HttpClient.newBuilder()
                        .version(java.net.http.HttpClient.Version.HTTP_1_1)
                        .build()
                : null) {
            response =
                    (oversized ? own : http).send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException | java.net.ConnectException noAnswer) {
            return java.util.List.of(what + ": no answer (" + noAnswer + ")");
        } catch (java.io.IOException closed) {
            // Closed while the client still writes the oversized line, the reset can overtake the answer. A closed
            // connection is a refusal too; the health check after the corpus shows the service survived it.
            return oversized ? java.util.List.of() : java.util.List.of(what + ": no answer (" + closed + ")");
        }
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status < 400 || status >= 500) {
            return java.util.List.of(what + ": " + status);
        }
        if (!type.startsWith("application/problem+json")
                && !(response.body().isEmpty()
                        && java.util.Set.of(400, 414, 431).contains(status))) {
            return java.util.List.of(what + ": " + status + " without a problem document");
        }
        if (response.body().contains("Exception")) {
            return java.util.List.of(what + ": leaks internals");
        }
        return java.util.List.of();
    }

    private static void timed(Runnable call) {
        Instant start = Instant.now();
        call.run();
        Duration took = Duration.between(start, Instant.now());
        assertTrue(took.compareTo(ANSWER_BOUND) <= 0, "the answer took " + took.toMillis() + " ms");
    }
}
