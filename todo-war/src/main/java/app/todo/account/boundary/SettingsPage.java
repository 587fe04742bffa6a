package app.todo.account.boundary;

import app.todo.account.control.Accounts;
import app.todo.account.entity.Account;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Backs the settings page: the account's time zone (A13), which decides what "today" is for its due dates. */
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

    private String timeZone;

    public List<String> getZones() {
        return ZONES;
    }

    /** The zone chosen, else the account's. */
    public String getTimeZone() {
        if (timeZone == null) {
            timeZone = accounts.find(account.id()).getZone().getId();
        }
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String save() {
        FacesContext context = FacesContext.getCurrentInstance();
        Optional<ZoneId> zone = Account.zoneNamed(timeZone);
        if (zone.isEmpty()) {
            String text =
                    context.getApplication().getResourceBundle(context, "msg").getString("settings.time-zone.unknown");
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return null;
        }
        accounts.changeZone(account.id(), zone.get());
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/");
            context.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
