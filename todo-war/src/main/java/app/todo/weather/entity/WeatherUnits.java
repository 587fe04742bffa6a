package app.todo.weather.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The units a person reads the weather in (W7), as the weather service names them. */
public enum WeatherUnits {
    METRIC,
    IMPERIAL;

    /** Where Fahrenheit and miles are what people read: the United States, Liberia, Myanmar and a few islands. */
    private static final Set<String> IMPERIAL_COUNTRIES = Set.of("US", "LR", "MM", "BS", "BZ", "KY", "PW", "FM", "MH");

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WeatherUnits> named(String param) {
        if (param == null) {
            return Optional.empty();
        }
        return switch (param.strip().toLowerCase(Locale.ROOT)) {
            case "metric" -> Optional.of(METRIC);
            case "imperial" -> Optional.of(IMPERIAL);
            default -> Optional.empty();
        };
    }

    /** Until a person chooses: what the browser's language says of their country ("en-US": imperial). */
    public static WeatherUnits forLocale(Locale locale) {
        return locale != null && IMPERIAL_COUNTRIES.contains(locale.getCountry()) ? IMPERIAL : METRIC;
    }
}
