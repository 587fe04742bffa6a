package app.todo.account.boundary;

import app.todo.account.control.Accounts;
import app.todo.account.control.ApiTokens;
import app.todo.account.entity.ApiToken;
import app.todo.account.entity.TokenLifetime;
import app.todo.account.entity.TokenRefusedException;
import app.todo.platform.control.Secrets;
import app.todo.task.boundary.ViolationMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * Backs the page "API tokens" (A14): create a token, list the account's tokens with their creation, last use and
 * expiry, revoke one. A creation is answered by a redirect (a reload must not make a second token), and the new token
 * rides to the page that shows it once in a cookie of a few minutes, HttpOnly, for this page's path only, cleared as
 * it is shown: no server memory, any replica. Revoking is a plain post naming the token ({@code revoke}), bound as a
 * view parameter, so it works without JavaScript and names the token, not a row; its answer is the page itself (a
 * second revoke changes nothing).
 */
@Named
@RequestScoped
public class TokensPage {

    private static final String PAGE = "/tokens.xhtml";
    private static final String NEW_TOKEN = "todo_new_token";

    @Inject
    ApiTokens apiTokens;

    @Inject
    Accounts accounts;

    @Inject
    CurrentAccount account;

    @Inject
    ViolationMessages violations;

    private String name;
    private boolean canWrite;
    private TokenLifetime expires = TokenLifetime.DAYS_90;
    private Long revoke;
    private String secret;
    private List<ApiToken> tokens;
    private ZoneId zone;

    public TokenLifetime[] getLifetimes() {
        return TokenLifetime.values();
    }

    public List<ApiToken> getTokens() {
        if (tokens == null) {
            tokens = apiTokens.all(account.id());
        }
        return tokens;
    }

    public String create() {
        try {
            ApiTokens.Created created = apiTokens.create(account.id(), name, canWrite, expires);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            ((HttpServletResponse) external.getResponse())
                    .addCookie(SessionCookie.cookie(request, NEW_TOKEN, created.secret(), PAGE, "Strict", 300));
            external.redirect(request.getContextPath() + PAGE);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConstraintViolationException refused) {
            violations.show(refused);
        } catch (TokenRefusedException refused) {
            say(refused.text(locale()));
        }
        return null;
    }

    /** The view action: shows a token just made, once; acts on a post naming a token to revoke. */
    public void act() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String made = SessionCookie.read(request, NEW_TOKEN);
        if (made != null) {
            ((HttpServletResponse) external.getResponse())
                    .addCookie(SessionCookie.cookie(request, NEW_TOKEN, "", PAGE, "Strict", 0));
            String hash = Secrets.hash(made);
            getTokens().stream()
                    .filter(token -> token.getTokenHash().equals(hash))
                    .findFirst()
                    .ifPresent(token -> {
                        secret = made;
                        say("tokens.created.said", token.getName());
                    });
        }
        // A post only: a link (GET, which the forgery guard lets by) must never revoke anything.
        if (revoke == null || !FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        String revoked = getTokens().stream()
                .filter(token -> token.getId().equals(revoke))
                .map(ApiToken::getName)
                .findFirst()
                .orElse(null);
        if (revoked != null && apiTokens.revoke(account.id(), revoke)) {
            say("tokens.revoked", revoked);
        }
        tokens = null;
    }

    /** An instant as a date and time in the person's zone and the page's language; "—" for none. */
    public String when(Instant instant) {
        if (instant == null) {
            return "—";
        }
        if (zone == null) {
            zone = accounts.find(account.id()).getZone();
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .format(instant.atZone(zone));
    }

    private void say(String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "msg").getString(key);
        say(new MessageFormat(pattern, locale()).format(arguments));
    }

    private static void say(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isCanWrite() {
        return canWrite;
    }

    public void setCanWrite(boolean canWrite) {
        this.canWrite = canWrite;
    }

    public TokenLifetime getExpires() {
        return expires;
    }

    public void setExpires(TokenLifetime expires) {
        this.expires = expires;
    }

    public Long getRevoke() {
        return revoke;
    }

    public void setRevoke(Long revoke) {
        this.revoke = revoke;
    }

    /** The token just created, shown this once; null otherwise. */
    public String getSecret() {
        return secret;
    }
}
