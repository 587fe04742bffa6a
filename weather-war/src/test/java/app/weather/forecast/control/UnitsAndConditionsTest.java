package app.weather.forecast.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.weather.forecast.entity.Condition;
import app.weather.forecast.entity.Place;
import app.weather.forecast.entity.Weather;
import app.weather.forecast.entity.WmoCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsAndConditionsTest {

    @DisplayName("F4: OpenWeatherMap's groups map to the seven conditions, others to Unknown")
    @ParameterizedTest
    @CsvSource({
        "Thunderstorm,THUNDERSTORM",
        "Drizzle,DRIZZLE",
        "Rain,RAIN",
        "Snow,SNOW",
        "Clear,CLEAR",
        "Clouds,CLOUDS",
        "Mist,FOG",
        "Smoke,FOG",
        "Haze,FOG",
        "Dust,FOG",
        "Fog,FOG",
        "Sand,FOG",
        "Ash,FOG",
        "Squall,THUNDERSTORM",
        "Tornado,THUNDERSTORM",
        "Meteor,UNKNOWN"
    })
    void openWeatherMapGroupsMapToConditions(String main, Condition condition) {
        assertEquals(condition, OpenWeatherMap.condition(main));
    }

    @DisplayName("F1, F11: figures are rounded as the contract shows, wind in km/h")
    @Test
    void figuresAreRoundedAsTheContractShows() {
        Place paris = new Place("Paris", "France", "FR", 48.85341, 2.3488);
        Weather weather = Weather.of(paris, 7.649, 86.6, 9.77 * 3.6, WmoCode.of(3), Instant.EPOCH, OpenMeteo.CREDIT);
        assertEquals(48.85, weather.latitude());
        assertEquals(2.35, weather.longitude());
        assertEquals(7.6, weather.temperature());
        assertEquals(87, weather.humidity());
        assertEquals(35.2, weather.windSpeed(), "m/s times 3.6 is km/h");
        assertEquals("clouds", weather.icon());
    }

    @DisplayName("F6: a stale answer says how old it is and still credits its source")
    @Test
    void aStaleAnswerSaysHowOldItIs() {
        Weather weather = Weather.of(
                new Place("Oslo", "Norway", "NO", 59.9, 10.7),
                1,
                50,
                3,
                WmoCode.of(0),
                Instant.EPOCH,
                OpenMeteo.CREDIT);
        Weather stale = weather.asStale(Duration.ofSeconds(125));
        assertEquals(Boolean.TRUE, stale.stale());
        assertEquals("Open-Meteo.com", stale.source(), "a stale answer still credits its source");
        assertEquals(125L, stale.ageSeconds());
        assertEquals(weather.temperature(), stale.temperature());
    }

    @DisplayName("F5: the cache's lifetime is read as seconds or as a duration")
    @ParameterizedTest
    @CsvSource({"600,PT10M", "PT10M,PT10M", "10m,PT10M", "90s,PT1M30S", "pt2s,PT2S"})
    void theCacheTtlReadsSecondsOrDurations(String setting, Duration expected) {
        assertEquals(expected, Forecasts.durationOf(setting));
    }
}
