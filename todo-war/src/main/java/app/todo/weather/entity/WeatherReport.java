package app.todo.weather.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * What the weather service answers ({@code GET /weather/?city=}), as far as the page shows it: read by JSON-B in the
 * service's names, shown by Jakarta EL 6, which reads records. Numbers in {@code units}: metric (°C, km/h) or
 * imperial (°F, mph); a field the service leaves out is null.
 */
public record WeatherReport(
        String city,
        String region,
        String country,
        double latitude,
        double longitude,
        double temperature,
        @JsonbProperty("feels_like") Double feelsLike,
        double humidity,
        @JsonbProperty("wind_speed") double windSpeed,
        @JsonbProperty("precipitation_probability") Integer precipitationProbability,
        String weather,
        String description,
        String icon,
        String units,
        Boolean stale,
        String source,
        @JsonbProperty("source_url") String sourceUrl,
        List<Day> daily) {

    /** One day ahead, in the place's own calendar. */
    public record Day(
            java.time.LocalDate date,
            double min,
            double max,
            String weather,
            String description,
            String icon,
            @JsonbProperty("precipitation_probability") Integer precipitationProbability) {

        public long roundedMin() {
            return Math.round(min);
        }

        public long roundedMax() {
            return Math.round(max);
        }

        public String iconName() {
            return WeatherReport.iconName(icon);
        }
    }

    /** "Paris, Île-de-France, France": the place as precisely as the service names it. */
    public String place() {
        return String.join(
                ", ",
                java.util.stream.Stream.of(city, region, country)
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
    }

    public boolean isStale() {
        return Boolean.TRUE.equals(stale);
    }

    public boolean imperial() {
        return "imperial".equals(units);
    }

    public String temperatureUnit() {
        return imperial() ? "°F" : "°C";
    }

    public String speedUnit() {
        return imperial() ? "mph" : "km/h";
    }

    /** Figures as the page shows them: whole numbers. */
    public long roundedTemperature() {
        return Math.round(temperature);
    }

    public Long roundedFeelsLike() {
        return feelsLike == null ? null : Math.round(feelsLike);
    }

    public long roundedHumidity() {
        return Math.round(humidity);
    }

    public long roundedWindSpeed() {
        return Math.round(windSpeed);
    }

    public List<Day> days() {
        return daily == null ? List.of() : daily;
    }

    /** Only icons the WAR ships; anything else shows the "unknown" one. */
    public String iconName() {
        return iconName(icon);
    }

    static String iconName(String icon) {
        return icon != null && icon.matches("clear|clouds|fog|drizzle|rain|snow|thunderstorm") ? icon : "unknown";
    }

    /** The credit's link: only an https address, whatever the weather service sends. */
    public String creditUrl() {
        return sourceUrl != null && sourceUrl.startsWith("https://") ? sourceUrl : null;
    }
}
