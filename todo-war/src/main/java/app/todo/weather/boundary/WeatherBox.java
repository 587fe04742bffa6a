package app.todo.weather.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.platform.boundary.ClientAddress;
import app.todo.weather.control.HomeWeather;
import app.todo.weather.control.WeatherService;
import app.todo.weather.entity.PlaceSuggestion;
import app.todo.weather.entity.WeatherLookup;
import app.todo.weather.entity.WeatherReport;
import app.todo.weather.entity.WeatherUnits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The weather box on the to-do page: a city typed, its weather or a clear reason why not. */
@Named
@RequestScoped
public class WeatherBox {

    /** As the weather service takes a city (its F2); the suggestions' text too. */
    static final int MAX_CITY_LENGTH = 100;
    /** "Name, region, country": three names of at most 100 each would be absurd; this is generous. */
    private static final int MAX_PLACE_LENGTH = 200;

    @Inject
    WeatherService service;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    @Inject
    HomeWeather homeWeather;

    @Inject
    CurrentAccount account;

    private String city;
    /** A place chosen among suggestions, or where the person is ("Use my location"): its coordinates and name. */
    private Double latitude;

    private Double longitude;
    private String place;
    private WeatherLookup lookup;
    private List<PlaceSuggestion> others = List.of();
    private boolean homeAsked;
    private Optional<WeatherLookup> home;

    /** The city typed, else the home city the box opened with. */
    public String getCity() {
        if (city == null && !FacesContext.getCurrentInstance().isPostback()) {
            return hasCoordinates() ? place : account.stored().getHomeCity();
        }
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place == null || place.length() > MAX_PLACE_LENGTH ? null : place;
    }

    /**
     * Shows the weather of what was asked (W9): a place chosen among the suggestions or where the person is (its
     * coordinates, kept only when the text is still what was chosen), else the city typed, and then the other places
     * of that name, to choose from without JavaScript.
     */
    public String show() {
        String typed = city == null ? "" : city.strip();
        if (hasCoordinates() && (place == null || place.strip().equals(typed) || typed.isEmpty())) {
            lookup = service.at(latitude, longitude, units(), clientAddress.of(request));
            return null;
        }
        place = null;
        if (typed.isEmpty()) {
            lookup = WeatherLookup.refused(WeatherLookup.Outcome.INVALID, text("weather.city.required"));
        } else if (typed.length() > MAX_CITY_LENGTH) {
            lookup = WeatherLookup.refused(WeatherLookup.Outcome.INVALID, text("weather.city.too-long"));
        } else {
            lookup = service.current(typed, units(), clientAddress.of(request));
            if (lookup.outcome() == WeatherLookup.Outcome.FOUND && typed.codePointCount(0, typed.length()) >= 3) {
                others = otherPlacesNamed(typed, lookup.weather());
            }
        }
        return null;
    }

    /** A place given by the page's address (a candidate's link, W9): shown at once when the page opens. */
    private void showPlace() {
        if (hasCoordinates()) {
            city = place;
            lookup = service.at(latitude, longitude, units(), clientAddress.of(request));
        }
    }

    private boolean hasCoordinates() {
        return latitude != null
                && longitude != null
                && Double.isFinite(latitude)
                && Double.isFinite(longitude)
                && Math.abs(latitude) <= 90
                && Math.abs(longitude) <= 180;
    }

    /** The places with exactly the name typed other than the one shown ("Paris, Texas" besides Paris, France). */
    private List<PlaceSuggestion> otherPlacesNamed(String typed, WeatherReport shown) {
        String name = (typed.contains(",") ? typed.substring(0, typed.indexOf(',')) : typed).strip();
        return service.places(name, request.getLocale().getLanguage(), clientAddress.of(request)).stream()
                .filter(candidate -> candidate.name().equalsIgnoreCase(name))
                .filter(candidate -> Math.abs(candidate.latitude() - shown.latitude()) > 0.01
                        || Math.abs(candidate.longitude() - shown.longitude()) > 0.01)
                .toList();
    }

    /** The page's address shows that place's weather: {@code wlat=…&wlon=…&wplace=…}. */
    public String linkTo(PlaceSuggestion other) {
        return "wlat=" + other.latitude() + "&wlon=" + other.longitude() + "&wplace="
                + URLEncoder.encode(other.label(), StandardCharsets.UTF_8);
    }

    /** Other places of the name typed, each a link that shows its weather (W9). */
    public List<PlaceSuggestion> getOthers() {
        return others;
    }

    /** The place as the box names it: as the service names it, else as chosen, else "Your location". */
    public String getPlaceName() {
        WeatherReport weather = getWeather();
        if (weather == null) {
            return null;
        }
        if (!weather.place().isEmpty()) {
            return weather.place();
        }
        return place != null && !place.isBlank() ? place.strip() : text("weather.here");
    }

    /** What was asked, else, on a page just opened, the home city's weather if it comes quickly (W8). */
    public WeatherReport getWeather() {
        return current() == null ? null : current().weather();
    }

    private WeatherLookup current() {
        if (lookup == null && !homeAsked && !FacesContext.getCurrentInstance().isPostback()) {
            homeAsked = true;
            if (hasCoordinates()) {
                showPlace(); // a candidate's link
                return lookup;
            }
            lookup = home().orElse(null);
        }
        return lookup;
    }

    /**
     * The home city's forecast by day, for the tasks due in the days it covers (W8); empty without a home city, or
     * when its weather is not known yet.
     */
    public Map<LocalDate, WeatherReport.Day> getForecastByDate() {
        return home().map(found -> found.weather().days().stream()
                        .collect(Collectors.toMap(WeatherReport.Day::date, day -> day, (a, b) -> a)))
                .orElse(Map.of());
    }

    public String getTemperatureUnit() {
        return units() == WeatherUnits.IMPERIAL ? "°F" : "°C";
    }

    /** The account's units, else what the browser's language suggests (W7). */
    public WeatherUnits units() {
        return WeatherUnits.named(account.stored().getWeatherUnits())
                .orElseGet(() -> WeatherUnits.forLocale(request.getLocale()));
    }

    /** The home city's weather, asked once a request (the rows and the box both show it), if found in time. */
    private Optional<WeatherLookup> home() {
        if (home == null) {
            String city = account.stored().getHomeCity();
            home = city == null
                    ? Optional.empty()
                    : homeWeather
                            .of(city, units(), clientAddress.of(request))
                            .filter(found -> found.outcome() == WeatherLookup.Outcome.FOUND);
        }
        return home;
    }

    /** Why there is no weather, in words for the person; null when there is weather or nothing was asked. */
    public String getError() {
        if (lookup == null || lookup.outcome() == WeatherLookup.Outcome.FOUND) {
            return null; // the home city's weather, when it fails, is simply not shown
        }
        return switch (lookup.outcome()) {
            case NOT_FOUND -> text("weather.not-found").replace("{0}", city.strip());
            case INVALID -> lookup.problem() != null ? lookup.problem() : text("weather.invalid");
            case THROTTLED -> MessageFormat.format(text("weather.throttled"), lookup.retryAfterSeconds());
            default -> text("weather.unavailable");
        };
    }

    /** "Tue 8 Dec": a day of the forecast, in the page's language. */
    public String dayName(WeatherReport.Day day) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(day.date());
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }
}
