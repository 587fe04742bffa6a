package app.weather.forecast.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WmoCodeTest {

    @DisplayName("F4: every WMO code from 0 to 99 is one of the seven conditions")
    @Test
    void everyCodeFrom0To99IsOneOfTheSevenConditions() {
        for (int code = 0; code <= 99; code++) {
            WmoCode wmo = WmoCode.of(code);
            assertEquals(code, wmo.code());
            assertNotEquals(Condition.UNKNOWN, wmo.condition(), "code " + code);
            assertFalse(wmo.description().isBlank(), "code " + code);
        }
    }

    @DisplayName("F4: the codes Open-Meteo reports have its wording and their icon")
    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource({
        "0,Clear,Clear sky",
        "1,Clear,Mainly clear",
        "2,Clouds,Partly cloudy",
        "3,Clouds,Overcast",
        "45,Fog,Fog",
        "48,Fog,Depositing rime fog",
        "51,Drizzle,Light drizzle",
        "53,Drizzle,Moderate drizzle",
        "55,Drizzle,Dense drizzle",
        "56,Drizzle,Light freezing drizzle",
        "57,Drizzle,Dense freezing drizzle",
        "61,Rain,Slight rain",
        "63,Rain,Moderate rain",
        "65,Rain,Heavy rain",
        "66,Rain,Light freezing rain",
        "67,Rain,Heavy freezing rain",
        "71,Snow,Slight snow fall",
        "73,Snow,Moderate snow fall",
        "75,Snow,Heavy snow fall",
        "77,Snow,Snow grains",
        "80,Rain,Slight rain showers",
        "81,Rain,Moderate rain showers",
        "82,Rain,Violent rain showers",
        "85,Snow,Slight snow showers",
        "86,Snow,Heavy snow showers",
        "95,Thunderstorm,Thunderstorm",
        "96,Thunderstorm,Thunderstorm with slight hail",
        "99,Thunderstorm,Thunderstorm with heavy hail"
    })
    void theCodesOpenMeteoReportsHaveItsWording(int code, String weather, String description) {
        WmoCode wmo = WmoCode.of(code);
        assertEquals(weather, wmo.condition().label());
        assertEquals(description, wmo.description());
        assertEquals(weather.toLowerCase(), wmo.condition().icon());
    }

    @DisplayName("F4: any other code is Unknown weather, not a failure")
    @ParameterizedTest
    @ValueSource(ints = {-1, 100, 255, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void anyOtherCodeIsUnknownNotACrash(int code) {
        assertEquals(Condition.UNKNOWN, WmoCode.of(code).condition());
        assertEquals("unknown", WmoCode.of(code).condition().icon());
    }
}
