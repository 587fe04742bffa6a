package app.todo.weather.entity;

/**
 * The outcome of asking the weather service: the weather, or why there is none.
 *
 * @param problem the service's own words for a refused or unknown city, else null
 * @param retryAfterSeconds when the service limited the lookups (THROTTLED), how long until the next; else 0
 */
public record WeatherLookup(Outcome outcome, WeatherReport weather, String problem, long retryAfterSeconds) {

    public enum Outcome {
        FOUND,
        NOT_FOUND,
        INVALID,
        THROTTLED,
        UNAVAILABLE
    }

    public static WeatherLookup found(WeatherReport weather) {
        return new WeatherLookup(Outcome.FOUND, weather, null, 0);
    }

    public static WeatherLookup refused(Outcome outcome, String problem) {
        return new WeatherLookup(outcome, null, problem, 0);
    }

    public static WeatherLookup throttled(long retryAfterSeconds) {
        return new WeatherLookup(Outcome.THROTTLED, null, null, retryAfterSeconds);
    }
}
