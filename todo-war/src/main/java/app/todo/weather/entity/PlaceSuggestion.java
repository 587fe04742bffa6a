package app.todo.weather.entity;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A place the weather service suggests for a name (its F15), with where it is: "Paris, Texas, United States". */
public record PlaceSuggestion(
        String name,
        String region,
        String country,
        @JsonbProperty("country_code") String countryCode,
        double latitude,
        double longitude) {

    /** "Paris, Île-de-France, France": what the person reads and chooses. */
    public String label() {
        return Stream.of(name, region, country)
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
