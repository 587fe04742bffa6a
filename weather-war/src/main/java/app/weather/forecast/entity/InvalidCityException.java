package app.weather.forecast.entity;

/** The city parameter cannot name a city: 400. */
public class InvalidCityException extends InvalidQueryException {
    public InvalidCityException(String message) {
        super("Invalid city", message);
    }
}
