package app.weather.forecast.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.weather.forecast.entity.Condition;
import app.weather.forecast.entity.Day;
import app.weather.forecast.entity.Place;
import app.weather.forecast.entity.Units;
import app.weather.forecast.entity.Weather;
import app.weather.forecast.entity.WmoCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
        Place paris = new Place("Paris", "Île-de-France", "France", "FR", 48.85341, 2.3488);
        Weather weather = Weather.of(
                paris,
                new Weather.Now(7.649, 5.06, 86.6, 9.77 * 3.6, 20, WmoCode.of(3), Instant.EPOCH),
                List.of(Day.of(LocalDate.EPOCH, 1.04, 9.96, WmoCode.of(61), 80)),
                Units.METRIC,
                OpenMeteo.CREDIT);
        assertEquals(48.85, weather.latitude());
        assertEquals(2.35, weather.longitude());
        assertEquals(7.6, weather.temperature());
        assertEquals(87, weather.humidity());
        assertEquals(35.2, weather.windSpeed(), "m/s times 3.6 is km/h");
        assertEquals("clouds", weather.icon());
        assertEquals(5.1, weather.feelsLike());
        assertEquals(
                new Day(LocalDate.EPOCH, 1.0, 10.0, "Rain", "Slight rain", "rain", 80),
                weather.daily().getFirst());
    }

    @DisplayName("F6: a stale answer says how old it is and still credits its source")
    @Test
    void aStaleAnswerSaysHowOldItIs() {
        Weather weather = Weather.of(
                new Place("Oslo", null, "Norway", "NO", 59.9, 10.7),
                new Weather.Now(1, null, 50, 3, null, WmoCode.of(0), Instant.EPOCH),
                List.of(),
                Units.METRIC,
                OpenMeteo.CREDIT);
        Weather stale = weather.asStale(Duration.ofSeconds(125));
        assertEquals(Boolean.TRUE, stale.stale());
        assertEquals("Open-Meteo.com", stale.source(), "a stale answer still credits its source");
        assertEquals(125L, stale.ageSeconds());
        assertEquals(weather.temperature(), stale.temperature());
        assertEquals(weather.daily(), stale.daily());
        assertEquals("metric", stale.units());
    }

    @DisplayName("F5: the cache's lifetime is read as seconds or as a duration")
    @ParameterizedTest
    @CsvSource({"600,PT10M", "PT10M,PT10M", "10m,PT10M", "90s,PT1M30S", "pt2s,PT2S"})
    void theCacheTtlReadsSecondsOrDurations(String setting, Duration expected) {
        assertEquals(expected, Forecasts.durationOf(setting));
    }
}
