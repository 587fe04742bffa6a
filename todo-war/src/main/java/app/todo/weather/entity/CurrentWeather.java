package app.todo.weather.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * What the weather service answers for a city ({@code GET /weather/?city=}), as far as the page shows it.
 * A class with setters, not a record: Jakarta EL 5 on the page reads bean properties.
 */
public class CurrentWeather {

    private String city;
    private String country;
    private double temperature;
    private double humidity;
    private double windSpeed;
    private String weather;
    private String description;
    private String icon;
    private boolean stale;
    private String source;
    private String sourceUrl;

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public double getTemperature() {
        return temperature;
    }

    public void setTemperature(double temperature) {
        this.temperature = temperature;
    }

    public double getHumidity() {
        return humidity;
    }

    public void setHumidity(double humidity) {
        this.humidity = humidity;
    }

    @JsonbProperty("wind_speed")
    public double getWindSpeed() {
        return windSpeed;
    }

    @JsonbProperty("wind_speed")
    public void setWindSpeed(double windSpeed) {
        this.windSpeed = windSpeed;
    }

    public String getWeather() {
        return weather;
    }

    public void setWeather(String weather) {
        this.weather = weather;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIcon() {
        return icon;
    }

    public void setIcon(String icon) {
        this.icon = icon;
    }

    public boolean isStale() {
        return stale;
    }

    public void setStale(boolean stale) {
        this.stale = stale;
    }

    /** Figures as the page shows them: whole numbers. */
    public long getRoundedTemperature() {
        return Math.round(temperature);
    }

    public long getRoundedHumidity() {
        return Math.round(humidity);
    }

    public long getRoundedWindSpeed() {
        return Math.round(windSpeed);
    }

    /** Only icons the WAR ships; anything else shows the "unknown" one. */
    public String getIconName() {
        return icon != null && icon.matches("clear|clouds|fog|drizzle|rain|snow|thunderstorm") ? icon : "unknown";
    }

    /** Whom the weather service says the data comes from, to credit it ("Weather data by Open-Meteo.com"). */
    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    @JsonbProperty("source_url")
    public String getSourceUrl() {
        return sourceUrl;
    }

    @JsonbProperty("source_url")
    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    /** The credit's link: only an https address, whatever the weather service sends. */
    public String getCreditUrl() {
        return sourceUrl != null && sourceUrl.startsWith("https://") ? sourceUrl : null;
    }
}
