package app.weather.forecast.entity;

/** Where a city is, as geocoding found it. */
public record Place(String name, String country, String countryCode, double latitude, double longitude) {}
