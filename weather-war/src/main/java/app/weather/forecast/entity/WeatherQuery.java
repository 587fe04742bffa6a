package app.weather.forecast.entity;

/**
 * What {@code GET /weather/} is asked: a city or a location, and the units. Its key is the cache's: one city
 * however typed, one rounded location, each per units (F3, F12, F13).
 *
 * @param city the city asked, or null when {@code at} is given
 * @param at the location asked, or null when {@code city} is given
 */
public record WeatherQuery(CityQuery city, Coordinates at, Units units) {

    /** A city, or else both {@code lat} and {@code lon}; with {@code units} or metric. */
    public static WeatherQuery parse(String city, String latitude, String longitude, String units) {
        Units chosen = Units.parse(units);
        if ((city == null || city.isBlank()) && (latitude != null || longitude != null)) {
            return new WeatherQuery(null, Coordinates.parse(latitude, longitude), chosen);
        }
        if (latitude != null || longitude != null) {
            throw new InvalidQueryException("Invalid location", "Give a city or lat and lon, not both");
        }
        return new WeatherQuery(CityQuery.parse(city), null, chosen);
    }

    public static WeatherQuery of(CityQuery city) {
        return new WeatherQuery(city, null, Units.METRIC);
    }

    public String key() {
        return (city != null ? city.key() : at.key()) + "|" + units.param();
    }

    /** For the log: the city as typed, or the location. */
    public String display() {
        return city != null ? city.display() : at.display();
    }
}
