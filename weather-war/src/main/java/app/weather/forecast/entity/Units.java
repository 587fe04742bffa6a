package app.weather.forecast.entity;

import java.util.Locale;

/** What the numbers of an answer are in (F12): °C and km/h, or °F and mph; humidity and chances are % in both. */
public enum Units {
    METRIC("celsius", "kmh"),
    IMPERIAL("fahrenheit", "mph");

    private final String temperatureUnit;
    private final String windSpeedUnit;

    Units(String temperatureUnit, String windSpeedUnit) {
        this.temperatureUnit = temperatureUnit;
        this.windSpeedUnit = windSpeedUnit;
    }

    /** {@code metric} (also when not given) or {@code imperial}; anything else is refused (400). */
    public static Units parse(String param) {
        if (param == null || param.isBlank()) {
            return METRIC;
        }
        return switch (param.strip().toLowerCase(Locale.ROOT)) {
            case "metric" -> METRIC;
            case "imperial" -> IMPERIAL;
            default -> throw new InvalidQueryException("Invalid units", "Units are metric or imperial");
        };
    }

    /** As the answer and the query name them. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Open-Meteo's {@code temperature_unit}. */
    public String temperatureUnit() {
        return temperatureUnit;
    }

    /** Open-Meteo's {@code wind_speed_unit}. */
    public String windSpeedUnit() {
        return windSpeedUnit;
    }
}
