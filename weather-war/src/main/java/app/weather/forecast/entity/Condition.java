package app.weather.forecast.entity;

/**
 * The weather in one word, as the original system named it ({@code "weather"} in the answer). Each names the
 * icon the to-do page ships for it.
 */
public enum Condition {
    CLEAR("Clear"),
    CLOUDS("Clouds"),
    FOG("Fog"),
    DRIZZLE("Drizzle"),
    RAIN("Rain"),
    SNOW("Snow"),
    THUNDERSTORM("Thunderstorm"),
    UNKNOWN("Unknown");

    private final String label;

    Condition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String icon() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
