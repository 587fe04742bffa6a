package app.weather.forecast.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Current weather of a place and the days ahead, as the service answers it, with the source to credit. Units as
 * {@code units} says: metric (°C, km/h) or imperial (°F, mph); humidity and chances in %. The seed fields come first
 * and keep their names (F1); {@code stale} and {@code ageSeconds} appear only when an earlier answer stands in for an
 * upstream that failed; a field the provider does not give is left out.
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
    "ageSeconds",
    "region",
    "feelsLike",
    "precipitationProbability",
    "units",
    "daily"
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
        Long ageSeconds,
        String region,
        Double feelsLike,
        Integer precipitationProbability,
        String units,
        List<Day> daily) {

    /** What a provider measured now, in the units asked. */
    public record Now(
            double temperature,
            Double feelsLike,
            double humidity,
            double windSpeed,
            Integer precipitationProbability,
            Condition condition,
            String description,
            Instant observedAt) {

        public Now(
                double temperature,
                Double feelsLike,
                double humidity,
                double windSpeed,
                Integer precipitationProbability,
                WmoCode code,
                Instant observedAt) {
            this(
                    temperature,
                    feelsLike,
                    humidity,
                    windSpeed,
                    precipitationProbability,
                    code.condition(),
                    code.description(),
                    observedAt);
        }
    }

    public static Weather of(Place place, Now now, List<Day> daily, Units units, Attribution source) {
        return new Weather(
                place.name(),
                place.country(),
                place.countryCode(),
                round(place.latitude(), 2),
                round(place.longitude(), 2),
                round(now.temperature(), 1),
                (int) Math.round(now.humidity()),
                round(now.windSpeed(), 1),
                now.condition().label(),
                now.description(),
                now.condition().icon(),
                now.observedAt(),
                source.name(),
                source.url(),
                null,
                null,
                place.region(),
                now.feelsLike() == null ? null : round(now.feelsLike(), 1),
                now.precipitationProbability(),
                units.param(),
                daily.isEmpty() ? null : List.copyOf(daily));
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
                age.toSeconds(),
                region,
                feelsLike,
                precipitationProbability,
                units,
                daily);
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
