package app.todo.weather.control;

import app.todo.platform.control.LogText;
import app.todo.weather.entity.PlaceSuggestion;
import app.todo.weather.entity.WeatherLookup;
import app.todo.weather.entity.WeatherLookup.Outcome;
import app.todo.weather.entity.WeatherRefusedException;
import app.todo.weather.entity.WeatherReport;
import app.todo.weather.entity.WeatherUnits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

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
     * {@code GET {todo.weather.url}/weather/?city=}, declared; its address and timeouts are the {@code todo.weather.*}
     * settings. No {@code @Path} here, the path is in the base URI: the server's scan would take an interface with
     * one for a resource of this application, and warn at start.
     */
    @RegisterRestClient(configKey = "weather-service")
    @RegisterProvider(WeatherRefusals.class)
    public interface WeatherApi {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        WeatherReport current(
                @QueryParam("city") String city,
                @QueryParam("units") String units,
                @HeaderParam(CLIENT_ADDRESS_HEADER) String client);

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        WeatherReport at(
                @QueryParam("lat") double latitude,
                @QueryParam("lon") double longitude,
                @QueryParam("units") String units,
                @HeaderParam(CLIENT_ADDRESS_HEADER) String client);

        @GET
        @Path("places")
        @Produces(MediaType.APPLICATION_JSON)
        List<PlaceSuggestion> places(
                @QueryParam("q") String text,
                @QueryParam("lang") String language,
                @HeaderParam(CLIENT_ADDRESS_HEADER) String client);
    }

    @Inject
    @RestClient
    WeatherApi api;

    @Inject
    @ConfigProperty(name = "todo.weather.url")
    String url;

    /** @param client the address of the person asking, passed on for the weather service's per-client bound */
    public WeatherLookup current(String city, WeatherUnits units, String client) {
        return lookup(() -> api.current(city, units.param(), client));
    }

    /** The weather where a person is, or at a place they chose among suggestions. */
    public WeatherLookup at(double latitude, double longitude, WeatherUnits units, String client) {
        return lookup(() -> api.at(latitude, longitude, units.param(), client));
    }

    /**
     * Places whose name begins with the text (3 letters or more), named in the language; none when the weather
     * service cannot say: suggestions are a help, never an error of their own.
     */
    public List<PlaceSuggestion> places(String text, String language, String client) {
        try {
            // The service names places in a two-letter language; any other browser language reads English.
            return api.places(text, language != null && language.matches("[a-z]{2}") ? language : "en", client);
        } catch (RuntimeException e) {
            LOG.fine(() -> "No place suggestions: " + LogText.of(e.getMessage()));
            return List.of();
        }
    }

    private WeatherLookup lookup(Supplier<WeatherReport> ask) {
        try {
            return WeatherLookup.found(ask.get());
        } catch (WeatherRefusedException refused) {
            return refused.lookup();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof WeatherRefusedException refused) {
                return refused.lookup(); // the client may wrap what our mapper made
            }
            LOG.warning(() -> "Weather service unreachable at " + url + ": " + LogText.of(e.getMessage()));
            return WeatherLookup.refused(Outcome.UNAVAILABLE, null);
        }
    }
}
