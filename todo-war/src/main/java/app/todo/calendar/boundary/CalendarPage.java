package app.todo.calendar.boundary;

import app.todo.account.boundary.CurrentAccount;
import app.todo.calendar.control.CalendarFeeds;
import app.todo.calendar.entity.CalendarFeed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backs the page "Calendar feed" (C1): the feed's address (shown whenever the page is opened), "Create feed address",
 * "Renew address" (the old one stops at once) and "Turn off feed". Each post is answered by a redirect.
 */
@Named
@RequestScoped
public class CalendarPage {

    @Inject
    CalendarFeeds feeds;

    @Inject
    CurrentAccount account;

    @Inject
    HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "todo.public-origins")
    List<String> publicOrigins;

    private Optional<CalendarFeed> feed;

    public CalendarFeed getFeed() {
        if (feed == null) {
            feed = feeds.of(account.id());
        }
        return feed.orElse(null);
    }

    /** The feed's address as the person reached this site (one of the public origins where it is one). */
    public String getAddress() {
        CalendarFeed shown = getFeed();
        return shown == null
                ? null
                : origin() + request.getContextPath() + "/api/calendar/" + shown.getSecret() + ".ics";
    }

    /** The same address for the link that opens the calendar application (webcal: is http: to subscribe to). */
    public String getSubscribeAddress() {
        String address = getAddress();
        return address == null ? null : "webcal" + address.substring(address.indexOf(':'));
    }

    public String renew() {
        feeds.renew(account.id());
        return backHere();
    }

    public String turnOff() {
        feeds.turnOff(account.id());
        return backHere();
    }

    private String origin() {
        String host = request.getHeader("Host");
        for (String origin : publicOrigins) {
            if (URI.create(origin).getAuthority().equalsIgnoreCase(host)) {
                return origin;
            }
        }
        return request.getScheme() + "://" + host;
    }

    private static String backHere() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/calendar.xhtml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }
}
