package app.weather.forecast.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CityQueryTest {

    @DisplayName("F2: letters of any script, spaces, hyphens, apostrophes and dots make a city")
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Paris",
                "São Paulo",
                "Zürich",
                "東京",
                "Saint-Étienne",
                "L'Aquila",
                "St. Louis",
                "Ağrı",
                "Москва",
                "القاهرة",
                "N'Djamena"
            })
    void lettersOfAnyScriptSpacesHyphensApostrophesAndDotsAreCities(String city) {
        assertEquals(city, CityQuery.parse(city).name());
        assertNull(CityQuery.parse(city).countryCode());
    }

    @DisplayName("F3: a city is trimmed and its repeated spaces folded")
    @Test
    void theNameIsTrimmedAndInnerSpacesFolded() {
        assertEquals("New York", CityQuery.parse("  New   York ").name());
        assertEquals("new york", CityQuery.parse("New York").key());
    }

    @DisplayName("F3: spellings of one city differing in case or final punctuation are one city")
    @ParameterizedTest
    @ValueSource(strings = {"Lyon", "lyon", "LYON", " Lyon ", "Lyon.", "Lyon-", "Lyon'", "Lyon’", "Lyon .", "Lyon -'."})
    void spellingsOfOneCityAreOneCity(String spelling) {
        assertEquals("lyon", CityQuery.parse(spelling).key());
        assertEquals(
                "Lyon",
                CityQuery.parse(spelling).name().replace("lyon", "Lyon").replace("LYON", "Lyon"),
                "what is asked upstream has no trailing punctuation");
    }

    @DisplayName("F3: another Unicode composition of a name is the same city")
    @Test
    void unicodeCompositionDoesNotMakeAnotherCity() {
        assertEquals(
                CityQuery.parse("Z\u00FCrich").key(),
                CityQuery.parse("Zu\u0308rich").key());
        assertEquals("zürich,CH", CityQuery.parse("ZU\u0308RICH, ch").key());
        assertEquals("st. louis", CityQuery.parse("St. Louis.").key(), "a dot inside the name stays");
    }

    @DisplayName("F2: a country code or name after the comma narrows the city")
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"Paris, FR;FR", "Paris,fr;FR", "Paris, France;FR", "Paris, united states;US", "Paris , Germany;DE"
            })
    void aCountryAfterTheCommaNarrows(String input, String code) {
        CityQuery city = CityQuery.parse(input);
        assertEquals("Paris", city.name());
        assertEquals(code, city.countryCode());
        assertEquals("paris," + code, city.key());
    }

    @DisplayName("F2: anything else is refused with a message")
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "  ",
                "123",
                "Paris1",
                "<b>Paris</b>",
                "Paris; DROP TABLE",
                "Paris\u0000",
                "-Paris",
                "Paris, Narnia",
                "Paris, XX",
                ", FR",
                "a/b",
                "New\nYork",
                "Paris\r\nSet-Cookie: x",
                "tab\there"
            })
    void anythingElseIsRefusedWithAMessage(String input) {
        InvalidCityException refused = assertThrows(InvalidCityException.class, () -> CityQuery.parse(input));
        assertEquals(false, refused.getMessage().isBlank());
    }

    @DisplayName("F2: a city has at most 100 characters")
    @Test
    void aHundredCharactersAreTheMost() {
        assertEquals(100, CityQuery.parse("a".repeat(100)).name().length());
        assertThrows(InvalidCityException.class, () -> CityQuery.parse("a".repeat(101)));
    }
}
