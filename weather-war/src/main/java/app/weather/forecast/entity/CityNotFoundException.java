package app.weather.forecast.entity;

/** The upstream knows no such city: 404. */
public class CityNotFoundException extends RuntimeException {
    public CityNotFoundException(CityQuery city) {
        super("City '" + city.display() + "' not found");
    }
}
