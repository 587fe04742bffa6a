package app.weather.forecast.entity;

/**
 * Where a city is, as geocoding found it.
 *
 * @param name null for a location asked by its coordinates (no provider names those)
 * @param region its first-level division ("Île-de-France", "Texas"), null where unknown
 */
public record Place(String name, String region, String country, String countryCode, double latitude, double longitude) {

    /** A location asked by its coordinates: no name, only where it is. */
    public static Place at(Coordinates at) {
        return new Place(null, null, null, null, at.latitude(), at.longitude());
    }
}
