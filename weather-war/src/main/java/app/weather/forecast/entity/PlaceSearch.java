package app.weather.forecast.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person has typed in the city field so far, and the language to name the places in (F15): 3 to 100
 * characters of a city name, a two-letter language code (English when not given). Else 400, the provider not asked.
 */
public record PlaceSearch(String text, String language) {

    public static final int MIN_LENGTH = 3;
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    public static PlaceSearch parse(String text, String language) {
        String typed = text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (typed.codePointCount(0, typed.length()) < MIN_LENGTH) {
            throw new InvalidQueryException(
                    "Invalid place search", "Type at least " + MIN_LENGTH + " letters of a place, for example ?q=Par");
        }
        if (typed.length() > CityQuery.MAX_LENGTH || !TEXT.matcher(typed).matches()) {
            throw new InvalidQueryException(
                    "Invalid place search",
                    "A place's name has at most " + CityQuery.MAX_LENGTH
                            + " letters, spaces, hyphens, apostrophes and dots");
        }
        String lang =
                language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(lang).matches()) {
            throw new InvalidQueryException("Invalid language", "Give a two-letter language code, for example lang=fr");
        }
        return new PlaceSearch(typed.replaceAll(" {2,}", " "), lang);
    }

    /** One entry however the case of the text. */
    public String key() {
        return language + "|" + text.toLowerCase(Locale.ROOT);
    }
}
