package app.weather.forecast.boundary;

import app.weather.forecast.control.Forecasts;
import app.weather.forecast.control.Places;
import app.weather.forecast.entity.PlaceSearch;
import app.weather.forecast.entity.PlaceSuggestion;
import app.weather.forecast.entity.Weather;
import app.weather.forecast.entity.WeatherQuery;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code GET /weather/?city=Paris}: the weather of a city (or {@code lat} and {@code lon}) now and for the next 7
 * days; {@code GET /weather/places?q=Par}: the places a person may mean as they type.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class WeatherResource {

    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    @Inject
    Forecasts forecasts;

    @Inject
    Places places;

    /**
     * Behind a proxy, the header in which it gives the client's address (X-Real-IP: ingress-nginx sets it, and the
     * to-do passes on its own client's); empty: the connection's address. Only where nothing else reaches the pods.
     */
    @Inject
    @ConfigProperty(name = "weather.client-address-header")
    Optional<String> clientAddressHeader;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(
            summary = "Weather of a city or a location: now and the next 7 days",
            description =
                    "A city, or lat and lon; units metric (°C, km/h, the default) or imperial (°F, mph). 400 invalid"
                            + " query, 404 unknown city, 429 too many lookups of uncached cities (Retry-After), 502 unusable"
                            + " upstream answer, 503 upstream unreachable or circuit open, 504 upstream too slow; errors are"
                            + " application/problem+json")
    public CompletionStage<Weather> current(
            @Parameter(description = "City, optionally with its country: Paris, Paris, FR, Paris, France")
                    @QueryParam("city")
                    String city,
            @Parameter(description = "Latitude in decimal degrees, with lon, instead of a city") @QueryParam("lat")
                    String latitude,
            @Parameter(description = "Longitude in decimal degrees, with lat, instead of a city") @QueryParam("lon")
                    String longitude,
            @Parameter(description = "metric (default) or imperial") @QueryParam("units") String units) {
        return forecasts.current(WeatherQuery.parse(city, latitude, longitude, units), clientAddress());
    }

    @GET
    @Path("places")
    @Operation(
            summary = "Places whose name begins with the text typed",
            description = "At most 10, most likely first, named in the language asked. 400 fewer than 3 letters or an"
                    + " invalid language, 429 too many lookups (Retry-After), 502/503/504 as for the weather")
    public CompletionStage<List<PlaceSuggestion>> places(
            @Parameter(description = "3 letters or more of a place's name: Par") @QueryParam("q") String text,
            @Parameter(description = "Two-letter language code for the names (default en)") @QueryParam("lang")
                    String language) {
        return places.suggest(PlaceSearch.parse(text, language), clientAddress());
    }

    private String clientAddress() {
        String forwarded = clientAddressHeader
                .filter(name -> !name.isBlank())
                .map(request::getHeader)
                .orElse(null);
        // An address, or the connection's own: any other text would make a bucket of its own per spelling.
        return forwarded != null && IP_ADDRESS.matcher(forwarded.strip()).matches()
                ? forwarded.strip()
                : request.getRemoteAddr();
    }
}
