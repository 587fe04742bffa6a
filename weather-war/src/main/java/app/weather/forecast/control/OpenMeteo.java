package app.weather.forecast.control;

import static app.weather.forecast.control.UpstreamCalls.call;
import static app.weather.forecast.control.UpstreamCalls.number;
import static app.weather.forecast.control.UpstreamCalls.object;
import static app.weather.forecast.control.UpstreamCalls.text;
import static app.weather.forecast.control.UpstreamCalls.unusable;

import app.weather.forecast.entity.Attribution;
import app.weather.forecast.entity.CityNotFoundException;
import app.weather.forecast.entity.CityQuery;
import app.weather.forecast.entity.Place;
import app.weather.forecast.entity.Weather;
import app.weather.forecast.entity.WmoCode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Open-Meteo, which needs no key: geocoding finds the city (kept for a day), the forecast API gives its
 * current weather. Unknown names are remembered for a minute, so that a typo does not hit the API each time.
 */
@ApplicationScoped
public class OpenMeteo implements WeatherProvider {

    /** {@code GET {WEATHER_GEOCODING_URL}?name=…&count=…&language=…&format=json[&countryCode=…]} */
    public interface GeocodingApi {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        JsonObject search(
                @QueryParam("name") String name,
                @QueryParam("count") int count,
                @QueryParam("language") String language,
                @QueryParam("format") String format,
                @QueryParam("countryCode") String countryCode);
    }

    /** {@code GET {WEATHER_FORECAST_URL}?latitude=…&longitude=…&current=…} (wind in km/h by default) */
    public interface ForecastApi {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        JsonObject current(
                @QueryParam("latitude") double latitude,
                @QueryParam("longitude") double longitude,
                @QueryParam("current") String current,
                @QueryParam("timezone") String timezone);
    }

    static final String CURRENT = "temperature_2m,relative_humidity_2m,wind_speed_10m,weather_code";

    @Inject
    @ConfigProperty(name = "weather.geocoding.url")
    String geocodingUrl;

    @Inject
    @ConfigProperty(name = "weather.forecast.url")
    String forecastUrl;

    @Inject
    UpstreamCalls calls;

    @Inject
    @ConfigProperty(name = "weather.cache.max-entries")
    long maxEntries;

    private GeocodingApi geocoding;
    private ForecastApi forecast;
    private Cache<String, Optional<Place>> places;

    @PostConstruct
    void connect() {
        geocoding = calls.client(GeocodingApi.class, geocodingUrl);
        forecast = calls.client(ForecastApi.class, forecastUrl);
        // A found place is good for a day, an unknown name for a minute.
        places = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(new com.github.benmanes.caffeine.cache.Expiry<String, Optional<Place>>() {
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

    /** Open-Meteo's data is CC BY 4.0: credited wherever it is shown. */
    static final Attribution CREDIT = new Attribution("Open-Meteo.com", "https://open-meteo.com/");

    @Override
    public String name() {
        return "open-meteo";
    }

    @Override
    public Weather current(CityQuery city) {
        Place place = places.get(city.key(), key -> find(city)).orElseThrow(() -> new CityNotFoundException(city));
        JsonObject answer = call(
                "Open-Meteo forecast", () -> forecast.current(place.latitude(), place.longitude(), CURRENT, "GMT"));
        JsonObject current = object(answer, "current", "Open-Meteo forecast");
        return Weather.of(
                place,
                number(current, "temperature_2m", "Open-Meteo forecast"),
                number(current, "relative_humidity_2m", "Open-Meteo forecast"),
                number(current, "wind_speed_10m", "Open-Meteo forecast"),
                WmoCode.of((int) number(current, "weather_code", "Open-Meteo forecast")),
                observedAt(text(current, "time")),
                CREDIT);
    }

    private Optional<Place> find(CityQuery city) {
        JsonObject answer =
                call("Open-Meteo geocoding", () -> geocoding.search(city.name(), 10, "en", "json", city.countryCode()));
        if (answer.containsKey("error")) {
            throw unusable("Open-Meteo geocoding", "refused the query: " + text(answer, "reason"));
        }
        JsonArray results = answer.containsKey("results") ? answer.getJsonArray("results") : null;
        if (results == null || results.isEmpty()) {
            return Optional.empty(); // Open-Meteo answers an unknown name with no "results" at all
        }
        // The API ranks by relevance and population: the first is the city people mean.
        JsonObject first = results.getJsonObject(0);
        return Optional.of(new Place(
                text(first, "name"),
                text(first, "country"),
                text(first, "country_code"),
                number(first, "latitude", "Open-Meteo geocoding"),
                number(first, "longitude", "Open-Meteo geocoding")));
    }

    /** Open-Meteo gives local ISO time without zone; with timezone=GMT it is UTC. */
    private static Instant observedAt(String time) {
        if (time == null) {
            return Instant.now();
        }
        try {
            return LocalDateTime.parse(time).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw unusable("Open-Meteo forecast", "unreadable time '" + time + "'");
        }
    }
}
