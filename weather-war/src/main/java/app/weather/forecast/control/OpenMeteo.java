package app.weather.forecast.control;

import static app.weather.forecast.control.UpstreamCalls.call;
import static app.weather.forecast.control.UpstreamCalls.required;
import static app.weather.forecast.control.UpstreamCalls.unusable;

import app.weather.forecast.entity.Attribution;
import app.weather.forecast.entity.CityNotFoundException;
import app.weather.forecast.entity.CityQuery;
import app.weather.forecast.entity.Day;
import app.weather.forecast.entity.Place;
import app.weather.forecast.entity.PlaceSuggestion;
import app.weather.forecast.entity.Units;
import app.weather.forecast.entity.Weather;
import app.weather.forecast.entity.WeatherQuery;
import app.weather.forecast.entity.WmoCode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Open-Meteo, which needs no key: geocoding finds the city (kept for a day), the forecast API gives its weather now
 * and for the next 7 days in the place's own calendar. Unknown names are remembered for a minute, so that a typo
 * does not hit the API each time. Its answers are read into the records below, in its own names.
 */
@ApplicationScoped
public class OpenMeteo implements WeatherProvider {

    /** {@code GET {weather.geocoding.url}?name=…&count=…&language=…&format=json[&countryCode=…]} */
    @RegisterRestClient(configKey = "open-meteo-geocoding")
    @RegisterProvider(UpstreamFailures.class)
    public interface GeocodingApi {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        Found search(
                @QueryParam("name") String name,
                @QueryParam("count") int count,
                @QueryParam("language") String language,
                @QueryParam("format") String format,
                @QueryParam("countryCode") String countryCode);
    }

    /** Geocoding's answer: no {@code results} at all when nothing matches. */
    public record Found(List<Result> results) {}

    public record Result(
            String name,
            @JsonbProperty("admin1") String region,
            String country,
            @JsonbProperty("country_code") String countryCode,
            Double latitude,
            Double longitude) {}

    /** {@code GET {weather.forecast.url}?latitude=…&longitude=…&current=…&daily=…&forecast_days=7&…} */
    @RegisterRestClient(configKey = "open-meteo-forecast")
    @RegisterProvider(UpstreamFailures.class)
    public interface ForecastApi {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        Forecast forecast(
                @QueryParam("latitude") double latitude,
                @QueryParam("longitude") double longitude,
                @QueryParam("current") String current,
                @QueryParam("daily") String daily,
                @QueryParam("forecast_days") int days,
                @QueryParam("temperature_unit") String temperatureUnit,
                @QueryParam("wind_speed_unit") String windSpeedUnit,
                @QueryParam("timezone") String timezone);
    }

    /** The forecast's answer; times are the place's own, {@code utc_offset_seconds} from UTC. */
    public record Forecast(
            @JsonbProperty("utc_offset_seconds") Integer utcOffsetSeconds, Current current, Daily daily) {}

    public record Current(
            String time,
            @JsonbProperty("temperature_2m") Double temperature,
            @JsonbProperty("apparent_temperature") Double feelsLike,
            @JsonbProperty("relative_humidity_2m") Double humidity,
            @JsonbProperty("precipitation_probability") Integer precipitationProbability,
            @JsonbProperty("wind_speed_10m") Double windSpeed,
            @JsonbProperty("weather_code") Integer weatherCode) {}

    /** One array a variable, a day each. */
    public record Daily(
            List<LocalDate> time,
            @JsonbProperty("weather_code") List<Integer> weatherCode,
            @JsonbProperty("temperature_2m_min") List<Double> min,
            @JsonbProperty("temperature_2m_max") List<Double> max,
            @JsonbProperty("precipitation_probability_max") List<Integer> precipitationProbability) {}

    /** Ten variables: one call of Open-Meteo's free tier (more would count as several). */
    static final String CURRENT =
            "temperature_2m,relative_humidity_2m,apparent_temperature,precipitation_probability,wind_speed_10m,weather_code";

    static final String DAILY = "weather_code,temperature_2m_max,temperature_2m_min,precipitation_probability_max";
    static final int DAYS = 7;

    /** Open-Meteo's data is CC BY 4.0: credited wherever it is shown. */
    static final Attribution CREDIT = new Attribution("Open-Meteo.com", "https://open-meteo.com/");

    private static final String GEOCODING = "Open-Meteo geocoding";
    private static final String FORECAST = "Open-Meteo forecast";

    @Inject
    @RestClient
    GeocodingApi geocoding;

    @Inject
    @RestClient
    ForecastApi forecast;

    @Inject
    @ConfigProperty(name = "weather.cache.max-entries")
    long maxEntries;

    private Cache<String, Optional<Place>> places;

    @PostConstruct
    void start() {
        // A found place is good for a day, an unknown name for a minute.
        places = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new Expiry<String, Optional<Place>>() {
                    @Override
                    public long expireAfterCreate(String key, Optional<Place> place, long now) {
                        return (place.isPresent() ? Duration.ofDays(1) : Duration.ofMinutes(1)).toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Optional<Place> place, long now, long current) {
                        return expireAfterCreate(key, place, now);
                    }

                    @Override
                    public long expireAfterRead(String key, Optional<Place> place, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    @Override
    public String name() {
        return "open-meteo";
    }

    @Override
    public Weather current(WeatherQuery query) {
        Place place = query.city() == null
                ? Place.at(query.at())
                : places.get(query.city().key(), key -> find(query.city()))
                        .orElseThrow(() -> new CityNotFoundException(query.city()));
        Units units = query.units();
        Forecast answer = call(
                FORECAST,
                () -> forecast.forecast(
                        place.latitude(),
                        place.longitude(),
                        CURRENT,
                        DAILY,
                        DAYS,
                        units.temperatureUnit(),
                        units.windSpeedUnit(),
                        "auto"));
        Current now = required(answer.current(), FORECAST, "current");
        ZoneOffset offset =
                ZoneOffset.ofTotalSeconds(answer.utcOffsetSeconds() == null ? 0 : answer.utcOffsetSeconds());
        return Weather.of(
                place,
                new Weather.Now(
                        required(now.temperature(), FORECAST, "temperature_2m"),
                        now.feelsLike(),
                        required(now.humidity(), FORECAST, "relative_humidity_2m"),
                        required(now.windSpeed(), FORECAST, "wind_speed_10m"),
                        now.precipitationProbability(),
                        WmoCode.of(required(now.weatherCode(), FORECAST, "weather_code")),
                        observedAt(now.time(), offset)),
                days(answer.daily()),
                units,
                CREDIT);
    }

    /**
     * Places whose name begins with the text (3 letters or more), in the language asked (F15): whichever provider
     * gives the weather, Open-Meteo's geocoding suggests the places.
     */
    public List<PlaceSuggestion> suggestions(String text, String language) {
        Found found = call(GEOCODING, () -> geocoding.search(text, 10, language, "json", null));
        if (found.results() == null) {
            return List.of();
        }
        return found.results().stream()
                .filter(result -> result.name() != null && result.latitude() != null && result.longitude() != null)
                .map(result -> new PlaceSuggestion(
                        result.name(),
                        result.region(),
                        result.country(),
                        result.countryCode(),
                        result.latitude(),
                        result.longitude()))
                .toList();
    }

    private Optional<Place> find(CityQuery city) {
        Found found = call(GEOCODING, () -> geocoding.search(city.name(), 10, "en", "json", city.countryCode()));
        if (found.results() == null || found.results().isEmpty()) {
            return Optional.empty(); // Open-Meteo answers an unknown name with no "results" at all
        }
        // The API ranks by relevance and population: the first is the city people mean.
        Result first = found.results().getFirst();
        return Optional.of(new Place(
                required(first.name(), GEOCODING, "name"),
                first.region(),
                first.country(),
                first.countryCode(),
                required(first.latitude(), GEOCODING, "latitude"),
                required(first.longitude(), GEOCODING, "longitude")));
    }

    /** The days the answer holds whole; a day with a value missing is left out, a forecast without days is empty. */
    private static List<Day> days(Daily daily) {
        List<Day> days = new ArrayList<>();
        if (daily == null
                || daily.time() == null
                || daily.weatherCode() == null
                || daily.min() == null
                || daily.max() == null) {
            return days;
        }
        int count = Math.min(
                daily.time().size(),
                Math.min(
                        daily.weatherCode().size(),
                        Math.min(daily.min().size(), daily.max().size())));
        for (int i = 0; i < count && days.size() < DAYS; i++) {
            Integer chance = daily.precipitationProbability() != null
                            && i < daily.precipitationProbability().size()
                    ? daily.precipitationProbability().get(i)
                    : null;
            if (daily.time().get(i) != null
                    && daily.weatherCode().get(i) != null
                    && daily.min().get(i) != null
                    && daily.max().get(i) != null) {
                days.add(Day.of(
                        daily.time().get(i),
                        daily.min().get(i),
                        daily.max().get(i),
                        WmoCode.of(daily.weatherCode().get(i)),
                        chance));
            }
        }
        return days;
    }

    /** Open-Meteo gives the place's local time without zone, and the zone's offset beside it. */
    private static Instant observedAt(String time, ZoneOffset offset) {
        if (time == null) {
            return Instant.now();
        }
        try {
            return LocalDateTime.parse(time).toInstant(offset);
        } catch (DateTimeParseException e) {
            throw unusable(FORECAST, "unreadable time '" + time + "'");
        }
    }
}
