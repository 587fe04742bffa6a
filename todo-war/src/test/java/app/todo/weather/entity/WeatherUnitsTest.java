package app.todo.weather.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeatherUnitsTest {

    @DisplayName(
            "W7: until a person chooses, the browser's language picks the units: en-US Fahrenheit, the rest Celsius")
    @Test
    void theBrowsersLanguagePicksTheFirstUnits() {
        assertEquals(WeatherUnits.IMPERIAL, WeatherUnits.forLocale(Locale.US));
        assertEquals(WeatherUnits.METRIC, WeatherUnits.forLocale(Locale.UK));
        assertEquals(WeatherUnits.METRIC, WeatherUnits.forLocale(Locale.FRANCE));
        assertEquals(WeatherUnits.METRIC, WeatherUnits.forLocale(Locale.ENGLISH));
        assertEquals(WeatherUnits.METRIC, WeatherUnits.forLocale(null));
    }

    @DisplayName("W7: units are named as the weather service names them; anything else is none")
    @Test
    void unitsAreNamedAsTheServiceNamesThem() {
        assertEquals(Optional.of(WeatherUnits.IMPERIAL), WeatherUnits.named(" Imperial "));
        assertEquals("metric", WeatherUnits.METRIC.param());
        assertEquals(Optional.empty(), WeatherUnits.named("kelvin"));
        assertEquals(Optional.empty(), WeatherUnits.named(null));
    }
}
