package app.todo.weather.entity;

/**
 * The outcome of asking the weather service: the weather, or why there is none.
 *
 * @param problem the service's own words for a refused or unknown city, else null
 */
public record WeatherLookup(Outcome outcome, CurrentWeather weather, String problem) {

    public enum Outcome { FOUND, NOT_FOUND, INVALID, UNAVAILABLE }

    public static WeatherLookup found(CurrentWeather weather) {
        return new WeatherLookup(Outcome.FOUND, weather, null);
    }

    public static WeatherLookup refused(Outcome outcome, String problem) {
        return new WeatherLookup(outcome, null, problem);
    }
}
