package app.weather.forecast.entity;

/** The city parameter cannot name a city: 400. */
public class InvalidCityException extends RuntimeException {
    public InvalidCityException(String message) {
        super(message);
    }
}
