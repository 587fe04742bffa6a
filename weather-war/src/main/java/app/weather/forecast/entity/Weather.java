package app.weather.forecast.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Current weather of a city, as the service answers it, with the source to credit. Units: °C, %, km/h. {@code stale} and
 * {@code ageSeconds} appear only when an earlier answer stands in for an upstream that failed.
 */
@JsonbPropertyOrder({
    "city",
    "country",
    "countryCode",
    "latitude",
    "longitude",
    "temperature",
    "humidity",
    "windSpeed",
    "weather",
    "description",
    "icon",
    "observedAt",
    "source",
    "sourceUrl",
    "stale",
    "ageSeconds"
})
public record Weather(
        String city,
        String country,
        String countryCode,
        double latitude,
        double longitude,
        double temperature,
        int humidity,
        double windSpeed,
        String weather,
        String description,
        String icon,
        Instant observedAt,
        String source,
        String sourceUrl,
        Boolean stale,
        Long ageSeconds) {

    public static Weather of(
            Place place,
            double temperature,
            double humidity,
            double windSpeed,
            WmoCode code,
            Instant observedAt,
            Attribution source) {
        return of(place, temperature, humidity, windSpeed, code.condition(), code.description(), observedAt, source);
    }

    public static Weather of(
            Place place,
            double temperature,
            double humidity,
            double windSpeed,
            Condition condition,
            String description,
            Instant observedAt,
            Attribution source) {
        return new Weather(
                place.name(),
                place.country(),
                place.countryCode(),
                round(place.latitude(), 2),
                round(place.longitude(), 2),
                round(temperature, 1),
                (int) Math.round(humidity),
                round(windSpeed, 1),
                condition.label(),
                description,
                condition.icon(),
                observedAt,
                source.name(),
                source.url(),
                null,
                null);
    }

    /** This answer served late, in place of a fresh one. */
    public Weather asStale(Duration age) {
        return new Weather(
                city,
                country,
                countryCode,
                latitude,
                longitude,
                temperature,
                humidity,
                windSpeed,
                weather,
                description,
                icon,
                observedAt,
                source,
                sourceUrl,
                Boolean.TRUE,
                age.toSeconds());
    }

    /** The answer's JSON: the original system's snake_case names ({@code wind_speed}), nulls left out. */
    public static final Jsonb JSON = JsonbBuilder.create(
            new JsonbConfig().withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    public byte[] toJson() {
        return JSON.toJson(this).getBytes(StandardCharsets.UTF_8);
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
