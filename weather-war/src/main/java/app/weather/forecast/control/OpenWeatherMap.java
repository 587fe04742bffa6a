package app.weather.forecast.control;

import static app.weather.forecast.control.UpstreamCalls.call;
import static app.weather.forecast.control.UpstreamCalls.number;
import static app.weather.forecast.control.UpstreamCalls.object;
import static app.weather.forecast.control.UpstreamCalls.text;

import app.weather.forecast.entity.Attribution;
import app.weather.forecast.entity.CityNotFoundException;
import app.weather.forecast.entity.CityQuery;
import app.weather.forecast.entity.Condition;
import app.weather.forecast.entity.Place;
import app.weather.forecast.entity.UpstreamException;
import app.weather.forecast.entity.Weather;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** OpenWeatherMap's current weather, when {@code WEATHER_PROVIDER=openweathermap} and a key is set. */
@ApplicationScoped
public class OpenWeatherMap implements WeatherProvider {

    /** {@code GET {OPENWEATHERMAP_URL}?q=Paris,FR&appid=…&units=metric} */
    public interface CurrentWeatherApi {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        JsonObject current(
                @QueryParam("q") String query, @QueryParam("appid") String apiKey, @QueryParam("units") String units);
    }

    private static final double METRES_PER_SECOND_TO_KMH = 3.6;

    @Inject
    @ConfigProperty(name = "openweathermap.url")
    String url;

    @Inject
    @ConfigProperty(name = "openweathermap.api-key")
    Optional<String> apiKey;

    @Inject
    UpstreamCalls calls;

    private CurrentWeatherApi api;

    @PostConstruct
    void connect() {
        api = calls.client(CurrentWeatherApi.class, url);
    }

    public boolean isConfigured() {
        return apiKey.filter(key -> !key.isBlank()).isPresent();
    }

    /** OpenWeather's terms ask for a credit and a link too. */
    static final Attribution CREDIT = new Attribution("OpenWeather", "https://openweathermap.org/");

    @Override
    public String name() {
        return "openweathermap";
    }

    @Override
    public Weather current(CityQuery city) {
        String query = city.countryCode() == null ? city.name() : city.name() + "," + city.countryCode();
        JsonObject answer;
        try {
            answer = call("OpenWeatherMap", () -> api.current(query, apiKey.orElse(""), "metric"));
        } catch (UpstreamException e) {
            if (e.getCause() instanceof jakarta.ws.rs.WebApplicationException answered
                    && answered.getResponse().getStatus() == 404) {
                throw new CityNotFoundException(city); // {"cod":"404","message":"city not found"}
            }
            throw e;
        }
        JsonObject main = object(answer, "main", "OpenWeatherMap");
        JsonObject wind = object(answer, "wind", "OpenWeatherMap");
        JsonObject coordinates = object(answer, "coord", "OpenWeatherMap");
        String countryCode = text(object(answer, "sys", "OpenWeatherMap"), "country");
        JsonArray conditions = answer.containsKey("weather") ? answer.getJsonArray("weather") : null;
        JsonObject condition = conditions == null || conditions.isEmpty() ? null : conditions.getJsonObject(0);
        Place place = new Place(
                text(answer, "name"),
                countryCode == null ? null : new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH),
                countryCode,
                number(coordinates, "lat", "OpenWeatherMap"),
                number(coordinates, "lon", "OpenWeatherMap"));
        return Weather.of(
                place,
                number(main, "temp", "OpenWeatherMap"),
                number(main, "humidity", "OpenWeatherMap"),
                number(wind, "speed", "OpenWeatherMap") * METRES_PER_SECOND_TO_KMH,
                condition(text(condition, "main")),
                capitalized(text(condition, "description")),
                answer.containsKey("dt")
                        ? Instant.ofEpochSecond((long) number(answer, "dt", "OpenWeatherMap"))
                        : Instant.now(),
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
