package app.weather.forecast.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A city as a person types it: "Paris", "Paris, FR" or "Paris, France". Letters of any script, spaces,
 * {@code - ' .}; 1 to 100 characters once trimmed.
 *
 * @param countryCode ISO 3166-1 alpha-2 code when the country was given, else null
 */
public record CityQuery(String name, String countryCode) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[ .'’-]+$");

    /** @throws InvalidCityException with a message a person understands */
    public static CityQuery parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidCityException("Give a city, for example ?city=Paris");
        }
        String text = java.text.Normalizer.normalize(input.strip(), java.text.Normalizer.Form.NFC);
        if (text.length() > MAX_LENGTH) {
            throw new InvalidCityException("A city has at most " + MAX_LENGTH + " characters");
        }
        int comma = text.lastIndexOf(',');
        String name = (comma < 0 ? text : text.substring(0, comma)).strip().replaceAll(" {2,}", " ");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidCityException("A city name has letters, spaces, hyphens, apostrophes and dots only");
        }
        // "Lyon.", "Lyon-" and "Lyon'" are Lyon: one cache entry and one upstream question for all of them.
        name = TRAILING_PUNCTUATION.matcher(name).replaceFirst("");
        if (comma < 0) {
            return new CityQuery(name, null);
        }
        String country = text.substring(comma + 1).strip();
        return new CityQuery(
                name,
                countryCode(country)
                        .orElseThrow(() -> new InvalidCityException(
                                "Unknown country '" + country + "': give its name or its two-letter code")));
    }

    private static Optional<String> countryCode(String country) {
        if (country.length() == 2
                && Arrays.asList(Locale.getISOCountries()).contains(country.toUpperCase(Locale.ROOT))) {
            return Optional.of(country.toUpperCase(Locale.ROOT));
        }
        return Arrays.stream(Locale.getISOCountries())
                .filter(code ->
                        new Locale("", code).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(country))
                .findFirst();
    }

    /** The same city however it was typed (case, Unicode composition, spaces, punctuation at the end): the cache key. */
    public String key() {
        return name.toLowerCase(Locale.ROOT) + (countryCode == null ? "" : "," + countryCode);
    }

    public String display() {
        return countryCode == null ? name : name + ", " + countryCode;
    }
}
