package app.weather.forecast.entity;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A place whose name begins with what a person typed (F15): "Paris, Île-de-France, France". Its coordinates ask for
 * exactly that place's weather.
 *
 * @param region its first-level division (a region, state or province), null where the provider names none
 */
@JsonbPropertyOrder({"name", "region", "country", "countryCode", "latitude", "longitude"})
public record PlaceSuggestion(
        String name, String region, String country, String countryCode, double latitude, double longitude) {}
