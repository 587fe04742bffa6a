package app.weather.forecast.entity;

/**
 * A place given by its latitude and longitude (F13), rounded to 2 decimals (about a kilometre): one cache entry for
 * all who stand within it, and no more precision about where a person is than the weather needs.
 */
public record Coordinates(double latitude, double longitude) {

    /** Both or neither; each a decimal number within its range, else 400. */
    public static Coordinates parse(String latitude, String longitude) {
        double lat = number(latitude, "lat", 90);
        double lon = number(longitude, "lon", 180);
        return new Coordinates(Math.round(lat * 100) / 100.0, Math.round(lon * 100) / 100.0);
    }

    private static double number(String text, String name, double bound) {
        String message = "Give lat and lon as decimal degrees, lat from -90 to 90 and lon from -180 to 180";
        if (text == null || text.isBlank() || text.length() > 20) {
            throw new InvalidQueryException("Invalid location", message);
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidQueryException("Invalid location", message);
        }
        if (!Double.isFinite(value) || Math.abs(value) > bound) {
            throw new InvalidQueryException("Invalid location", message);
        }
        return value;
    }

    public String key() {
        return "@" + latitude + "," + longitude;
    }

    public String display() {
        return latitude + ", " + longitude;
    }
}
