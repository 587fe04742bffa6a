package app.weather.forecast.control;

import static app.weather.forecast.control.UpstreamCalls.call;
import static app.weather.forecast.control.UpstreamCalls.required;

import app.weather.forecast.entity.Attribution;
import app.weather.forecast.entity.CityNotFoundException;
import app.weather.forecast.entity.CityQuery;
import app.weather.forecast.entity.Condition;
import app.weather.forecast.entity.Place;
import app.weather.forecast.entity.Units;
import app.weather.forecast.entity.UpstreamException;
import app.weather.forecast.entity.Weather;
import app.weather.forecast.entity.WeatherQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * OpenWeatherMap's current weather, when {@code WEATHER_PROVIDER=openweathermap} and a key is set. Its free API gives
 * no daily forecast and no chance of rain: those fields are left out of the answer.
 */
@ApplicationScoped
public class OpenWeatherMap implements WeatherProvider {

    /** {@code GET {openweathermap.url}?q=Paris,FR|lat=…&lon=…&appid=…&units=metric|imperial} */
    @RegisterRestClient(configKey = "openweathermap")
    @RegisterProvider(UpstreamFailures.class)
    public interface CurrentWeatherApi {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        Answer current(
                @QueryParam("q") String query,
                @QueryParam("lat") Double latitude,
                @QueryParam("lon") Double longitude,
                @QueryParam("appid") String apiKey,
                @QueryParam("units") String units);
    }

    public record Answer(
            String name, Coordinates coord, Main main, Wind wind, Sys sys, List<Conditions> weather, Long dt) {}

    public record Coordinates(Double lat, Double lon) {}

    public record Main(
            Double temp, @JsonbProperty("feels_like") Double feelsLike, Double humidity) {}

    public record Wind(Double speed) {}

    public record Sys(String country) {}

    public record Conditions(String main, String description) {}

    /** metric: m/s, which the answer gives in km/h; imperial: mph already. */
    private static final double METRES_PER_SECOND_TO_KMH = 3.6;

    private static final String WHAT = "OpenWeatherMap";

    /** OpenWeather's terms ask for a credit and a link too. */
    static final Attribution CREDIT = new Attribution("OpenWeather", "https://openweathermap.org/");

    @Inject
    @RestClient
    CurrentWeatherApi api;

    @Inject
    @ConfigProperty(name = "openweathermap.api-key")
    Optional<String> apiKey;

    @Override
    public boolean isConfigured() {
        return apiKey.filter(key -> !key.isBlank()).isPresent();
    }

    @Override
    public String name() {
        return "openweathermap";
    }

    @Override
    public Weather current(WeatherQuery query) {
        CityQuery city = query.city();
        String named =
                city == null ? null : city.countryCode() == null ? city.name() : city.name() + "," + city.countryCode();
        Double latitude = city == null ? query.at().latitude() : null;
        Double longitude = city == null ? query.at().longitude() : null;
        Units units = query.units();
        Answer answer;
        try {
            answer = call(WHAT, () -> api.current(named, latitude, longitude, apiKey.orElse(""), units.param()));
        } catch (UpstreamException e) {
            if (city != null && e.answeredStatus() == 404) {
                throw new CityNotFoundException(city); // {"cod":"404","message":"city not found"}
            }
            throw e;
        }
        Main main = required(answer.main(), WHAT, "main");
        Coordinates at = required(answer.coord(), WHAT, "coord");
        String countryCode = answer.sys() == null ? null : answer.sys().country();
        Conditions condition = answer.weather() == null || answer.weather().isEmpty()
                ? new Conditions(null, null)
                : answer.weather().getFirst();
        Place place = new Place(
                city == null ? null : answer.name(),
                null,
                countryCode == null ? null : Locale.of("", countryCode).getDisplayCountry(Locale.ENGLISH),
                countryCode,
                required(at.lat(), WHAT, "coord.lat"),
                required(at.lon(), WHAT, "coord.lon"));
        double windSpeed = required(required(answer.wind(), WHAT, "wind").speed(), WHAT, "wind.speed");
        return Weather.of(
                place,
                new Weather.Now(
                        required(main.temp(), WHAT, "main.temp"),
                        main.feelsLike(),
                        required(main.humidity(), WHAT, "main.humidity"),
                        units == Units.METRIC ? windSpeed * METRES_PER_SECOND_TO_KMH : windSpeed,
                        null,
                        condition(condition.main()),
                        capitalized(condition.description()),
                        answer.dt() != null ? Instant.ofEpochSecond(answer.dt()) : Instant.now()),
                List.of(),
                units,
                CREDIT);
    }

    /** OpenWeatherMap's groups: 2xx Thunderstorm, 3xx Drizzle, 5xx Rain, 6xx Snow, 7xx atmosphere, 800 Clear, 80x Clouds. */
    static Condition condition(String main) {
        if (main == null) {
            return Condition.UNKNOWN;
        }
        return switch (main) {
            case "Thunderstorm" -> Condition.THUNDERSTORM;
            case "Drizzle" -> Condition.DRIZZLE;
            case "Rain" -> Condition.RAIN;
            case "Snow" -> Condition.SNOW;
            case "Clear" -> Condition.CLEAR;
            case "Clouds" -> Condition.CLOUDS;
            case "Mist", "Smoke", "Haze", "Dust", "Fog", "Sand", "Ash" -> Condition.FOG;
            case "Squall", "Tornado" -> Condition.THUNDERSTORM;
            default -> Condition.UNKNOWN;
        };
    }

    private static String capitalized(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
