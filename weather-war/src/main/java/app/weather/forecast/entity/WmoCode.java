package app.weather.forecast.entity;

import static app.weather.forecast.entity.Condition.CLEAR;
import static app.weather.forecast.entity.Condition.CLOUDS;
import static app.weather.forecast.entity.Condition.DRIZZLE;
import static app.weather.forecast.entity.Condition.FOG;
import static app.weather.forecast.entity.Condition.RAIN;
import static app.weather.forecast.entity.Condition.SNOW;
import static app.weather.forecast.entity.Condition.THUNDERSTORM;
import static app.weather.forecast.entity.Condition.UNKNOWN;

/**
 * WMO weather interpretation codes (table 4677, present weather, 0–99) as a condition and a description.
 * The codes Open-Meteo reports carry its own wording; the others the WMO table's, shortened.
 */
public record WmoCode(int code, Condition condition, String description) {

    private static final WmoCode[] TABLE = new WmoCode[100];

    static {
        define(CLEAR, "Clear sky", 0);
        define(CLEAR, "Mainly clear", 1);
        define(CLOUDS, "Partly cloudy", 2);
        define(CLOUDS, "Overcast", 3);
        define(FOG, "Smoke or haze", 4, 5);
        define(FOG, "Dust or sand in the air", 6, 7, 8, 9);
        define(FOG, "Mist", 10);
        define(FOG, "Shallow fog", 11, 12);
        define(THUNDERSTORM, "Lightning", 13);
        define(RAIN, "Precipitation in sight", 14, 15, 16);
        define(THUNDERSTORM, "Thunderstorm without precipitation", 17);
        define(CLOUDS, "Squalls", 18);
        define(THUNDERSTORM, "Funnel clouds", 19);
        define(DRIZZLE, "Recent drizzle", 20);
        define(RAIN, "Recent rain", 21);
        define(SNOW, "Recent snow", 22);
        define(SNOW, "Recent rain and snow", 23);
        define(DRIZZLE, "Recent freezing drizzle or rain", 24);
        define(RAIN, "Recent rain showers", 25);
        define(SNOW, "Recent snow showers", 26);
        define(RAIN, "Recent hail showers", 27);
        define(FOG, "Recent fog", 28);
        define(THUNDERSTORM, "Recent thunderstorm", 29);
        define(FOG, "Dust storm or sand storm", 30, 31, 32, 33, 34, 35);
        define(SNOW, "Drifting or blowing snow", 36, 37, 38, 39);
        define(FOG, "Fog at a distance", 40);
        define(FOG, "Fog patches", 41);
        define(FOG, "Fog", 42, 43, 44, 45, 46, 47);
        define(FOG, "Depositing rime fog", 48, 49);
        define(DRIZZLE, "Light drizzle", 50, 51);
        define(DRIZZLE, "Moderate drizzle", 52, 53);
        define(DRIZZLE, "Dense drizzle", 54, 55);
        define(DRIZZLE, "Light freezing drizzle", 56);
        define(DRIZZLE, "Dense freezing drizzle", 57);
        define(DRIZZLE, "Drizzle and rain", 58, 59);
        define(RAIN, "Slight rain", 60, 61);
        define(RAIN, "Moderate rain", 62, 63);
        define(RAIN, "Heavy rain", 64, 65);
        define(RAIN, "Light freezing rain", 66);
        define(RAIN, "Heavy freezing rain", 67);
        define(SNOW, "Rain and snow", 68, 69);
        define(SNOW, "Slight snow fall", 70, 71);
        define(SNOW, "Moderate snow fall", 72, 73);
        define(SNOW, "Heavy snow fall", 74, 75);
        define(SNOW, "Diamond dust", 76);
        define(SNOW, "Snow grains", 77);
        define(SNOW, "Snow crystals", 78);
        define(SNOW, "Ice pellets", 79);
        define(RAIN, "Slight rain showers", 80);
        define(RAIN, "Moderate rain showers", 81);
        define(RAIN, "Violent rain showers", 82);
        define(SNOW, "Rain and snow showers", 83, 84);
        define(SNOW, "Slight snow showers", 85);
        define(SNOW, "Heavy snow showers", 86);
        define(RAIN, "Hail showers", 87, 88, 89, 90);
        define(THUNDERSTORM, "Thunderstorm in the past hour", 91, 92, 93, 94);
        define(THUNDERSTORM, "Thunderstorm", 95);
        define(THUNDERSTORM, "Thunderstorm with slight hail", 96);
        define(THUNDERSTORM, "Heavy thunderstorm", 97, 98);
        define(THUNDERSTORM, "Thunderstorm with heavy hail", 99);
    }

    private static void define(Condition condition, String description, int... codes) {
        for (int code : codes) {
            TABLE[code] = new WmoCode(code, condition, description);
        }
    }

    /** Any code outside 0–99 is unknown weather, not a failure. */
    public static WmoCode of(int code) {
        return code >= 0 && code < TABLE.length ? TABLE[code] : new WmoCode(code, UNKNOWN, "Unknown weather");
    }
}
