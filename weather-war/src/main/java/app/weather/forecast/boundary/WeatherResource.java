package app.weather.forecast.boundary;

import app.weather.forecast.control.Forecasts;
import app.weather.forecast.entity.CityQuery;
import app.weather.forecast.entity.Weather;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code GET /weather/?city=Paris}: the current weather of a city, in °C, % and km/h. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class WeatherResource {

    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    @Inject
    Forecasts forecasts;

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
            summary = "Current weather of a city",
            description =
                    "400 invalid city, 404 unknown city, 429 too many lookups of uncached cities (Retry-After), 502 unusable upstream answer, 503 upstream "
                            + "unreachable or circuit open, 504 upstream too slow; errors are application/problem+json")
    public CompletionStage<Weather> current(
            @Parameter(description = "City, optionally with its country: Paris, Paris, FR, Paris, France")
                    @QueryParam("city")
                    String city) {
        return forecasts.current(CityQuery.parse(city), clientAddress());
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
