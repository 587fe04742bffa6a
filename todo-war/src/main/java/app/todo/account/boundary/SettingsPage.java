package app.todo.account.boundary;

import app.todo.account.control.Accounts;
import app.todo.account.entity.Account;
import app.todo.weather.entity.WeatherUnits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Backs the settings page: the account's time zone (A13), which decides what "today" is for its due dates; the
 * weather box's units (W7) and home city (W8).
 */
@Named
@RequestScoped
public class SettingsPage {

    /** Region names only ("Europe/Paris"), sorted: what a person recognises, and what the browser reports. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted()
            .toList();

    @Inject
    Accounts accounts;

    @Inject
    CurrentAccount account;

    /** A city as the weather service takes one (its rule F2): letters of any script, spaces, {@code , - ' .}. */
    private static final Pattern CITY = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} ,.'’-]{0,99}");

    private String timeZone;
    private String units;
    private String homeCity;
    private Account stored;

    public List<String> getZones() {
        return ZONES;
    }

    /** The zone chosen, else the account's. */
    public String getTimeZone() {
        if (timeZone == null) {
            timeZone = stored().getZone().getId();
        }
        return timeZone;
    }

    /** The units chosen, else the account's, else what the browser's language suggests. */
    public String getUnits() {
        if (units == null) {
            units = WeatherUnits.named(stored().getWeatherUnits())
                    .orElseGet(() -> WeatherUnits.forLocale(FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestLocale()))
                    .param();
        }
        return units;
    }

    public void setUnits(String units) {
        this.units = units;
    }

    public String getHomeCity() {
        if (homeCity == null && !FacesContext.getCurrentInstance().isPostback()) {
            homeCity = stored().getHomeCity();
        }
        return homeCity;
    }

    public void setHomeCity(String homeCity) {
        this.homeCity = homeCity;
    }

    private Account stored() {
        if (stored == null) {
            stored = accounts.find(account.id());
        }
        return stored;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String save() {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<ZoneId> zone = Account.zoneNamed(timeZone);
        if (zone.isEmpty()) {
            return refused(context, "settings.time-zone.unknown");
        }
        Optional<WeatherUnits> chosen = WeatherUnits.named(units);
        if (chosen.isEmpty()) {
            return refused(context, "settings.units.unknown");
        }
        String home = homeCity == null || homeCity.isBlank()
                ? null
                : Normalizer.normalize(homeCity.strip(), Normalizer.Form.NFC);
        if (home != null && !CITY.matcher(home).matches()) {
            return refused(context, "settings.home-city.invalid");
        }
        accounts.changeZone(account.id(), zone.get());
        accounts.changeWeather(account.id(), chosen.get().param(), home);
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/");
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    private static String refused(FacesContext context, String key) {
        String text = context.getApplication().getResourceBundle(context, "msg").getString(key);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        return null;
    }
}
