package app.todo.weather.control;

import app.todo.platform.control.LogText;
import app.todo.weather.entity.CurrentWeather;
import app.todo.weather.entity.WeatherLookup;
import app.todo.weather.entity.WeatherLookup.Outcome;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The weather service, asked server-side (no CORS, works without JavaScript). Its failures never reach the
 * task list: a slow or stopped service gives "unavailable" within the read timeout.
 */
@ApplicationScoped
public class WeatherService {

    /**
     * The header in which the weather service finds the address of whoever asks, for its per-client bound: the
     * to-do passes on its own client's (in Kubernetes the weather service reads it, as it does from the Ingress).
     */
    static final String CLIENT_ADDRESS_HEADER = "X-Real-IP";

    private static final Logger LOG = Logger.getLogger(WeatherService.class.getName());

    /**
     * {@code GET {TODO_WEATHER_URL}/weather/?city=}. No {@code @Path} here, the path is in the base URI: the
     * server's scan would take an interface with one for a resource of this application, and warn at start.
     */
    public interface WeatherApi {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        Response current(@QueryParam("city") String city, @HeaderParam(CLIENT_ADDRESS_HEADER) String client);
    }

    @Inject
    @ConfigProperty(name = "todo.weather.url")
    String url;

    @Inject
    @ConfigProperty(name = "todo.weather.connect-timeout-ms")
    long connectTimeoutMillis;

    @Inject
    @ConfigProperty(name = "todo.weather.read-timeout-ms")
    long readTimeoutMillis;

    private WeatherApi api;

    @PostConstruct
    void connect() {
        api = RestClientBuilder.newBuilder()
                .baseUri(UriBuilder.fromUri(url).path("weather/").build())
                .connectTimeout(connectTimeoutMillis, TimeUnit.MILLISECONDS)
                .readTimeout(readTimeoutMillis, TimeUnit.MILLISECONDS)
                // 400 and 404 are answers to show, not exceptions.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(WeatherApi.class);
    }

    /** @param client the address of the person asking, passed on for the weather service's per-client bound */
    public WeatherLookup current(String city, String client) {
        try (Response response = api.current(city, client)) {
            return switch (response.getStatus()) {
                case 200 -> WeatherLookup.found(response.readEntity(CurrentWeather.class));
                case 404 -> WeatherLookup.refused(Outcome.NOT_FOUND, detail(response));
                case 400 -> WeatherLookup.refused(Outcome.INVALID, detail(response));
                case 429 -> WeatherLookup.throttled(retryAfter(response));
                default -> {
                    LOG.warning(() ->
                            "Weather service answered " + response.getStatus() + " for '" + LogText.of(city) + "'");
                    yield WeatherLookup.refused(Outcome.UNAVAILABLE, null);
                }
            };
        } catch (RuntimeException e) {
            LOG.warning(() -> "Weather service unreachable at " + url + ": " + LogText.of(e.getMessage()));
            return WeatherLookup.refused(Outcome.UNAVAILABLE, null);
        }
    }

    private static long retryAfter(Response response) {
        try {
            return Math.max(
                    1, Long.parseLong(response.getHeaderString("Retry-After").strip()));
        } catch (RuntimeException missingOrNotSeconds) {
            return 60;
        }
    }

    private static String detail(Response response) {
        try {
            return response.readEntity(JsonObject.class).getString("detail", null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
