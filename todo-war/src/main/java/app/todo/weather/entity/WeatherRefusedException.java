package app.todo.weather.entity;

/** The weather service answered no weather: why, as the box tells it (not found, invalid, throttled, unavailable). */
public class WeatherRefusedException extends RuntimeException {

    private final transient WeatherLookup lookup;

    public WeatherRefusedException(WeatherLookup lookup) {
        super(lookup.outcome().name(), null, false, false); // an answer, not a fault: no stack trace to fill
        this.lookup = lookup;
    }

    public WeatherLookup lookup() {
        return lookup;
    }
}
