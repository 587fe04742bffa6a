package app.todo.account.boundary;

import app.todo.account.control.Accounts;
import app.todo.account.control.Passwords;
import app.todo.account.control.Sessions;
import app.todo.account.control.SignIns;
import app.todo.account.entity.Account;
import app.todo.account.entity.AccountRefusedException;
import app.todo.account.entity.HashingBusyException;
import app.todo.account.entity.SignInOutcome;
import app.todo.account.entity.SignUpsThrottledException;
import app.todo.platform.boundary.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Backs the sign-in and create-account pages (stateless views, like the list) and the list's sign-out. */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    SignIns signIns;

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "todo.session.max-age")
    Duration sessionMaxAge;

    @Inject
    CurrentAccount currentAccount;

    private String name;
    private String current;
    private String password;
    private String repeat;
    private String timeZone;

    public String signIn() {
        SignInOutcome outcome = signIns.attempt(name, password, clientAddress.of(request()));
        switch (outcome) {
            case SignInOutcome.Accepted accepted -> startSession(accepted.accountId());
            case SignInOutcome.Refused refused -> message("password", "signin.wrong");
            case SignInOutcome.Throttled throttled -> throttled("signin.throttled", throttled.retryAfter());
            case SignInOutcome.Busy busy -> busy();
        }
        password = null;
        return null;
    }

    /** The browser's time zone, which todo.js puts in the sign-up form; without JavaScript, none (UTC). */
    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String createAccount() {
        try {
            Account account = accounts.create(
                    name,
                    password,
                    repeat,
                    clientAddress.of(request()),
                    Account.zoneNamed(timeZone).orElse(java.time.ZoneId.of("UTC")));
            startSession(account.getId());
        } catch (AccountRefusedException e) {
            show(e);
        } catch (SignUpsThrottledException e) {
            throttled("account.sign-ups-throttled", Duration.ofSeconds(e.retryAfterSeconds()));
        } catch (HashingBusyException e) {
            busy();
        }
        password = null;
        repeat = null;
        return null;
    }

    /**
     * Changes the password of the signed-in account; every other session of it ends, this one starts anew. A wrong
     * current password counts as a failed sign-in of the account, and the same throttle applies: whoever holds a
     * session cannot try passwords here faster than at the sign-in.
     */
    public String changePassword() {
        String address = clientAddress.of(request());
        String accountName = currentAccount.getName();
        Optional<Duration> wait = signIns.waitBefore(accountName, address);
        try {
            if (wait.isPresent()) {
                throttled("signin.throttled", wait.get());
            } else {
                long accountId = currentAccount.id();
                accounts.changePassword(accountId, current, password, repeat);
                startSession(accountId);
            }
        } catch (AccountRefusedException e) {
            if (e.messageKeys().containsKey("current")) {
                signIns.recordFailure(accountName, address);
            }
            show(e);
        } catch (HashingBusyException e) {
            busy();
        }
        current = null;
        password = null;
        repeat = null;
        return null;
    }

    public String signOut() {
        String token = SessionCookie.read(request());
        if (token != null) {
            sessions.close(token);
        }
        SessionCookie.clear(request(), response());
        return redirect(SessionMechanism.SIGN_IN_PAGE);
    }

    private void startSession(long accountId) {
        String token = sessions.open(accountId);
        SessionCookie.write(request(), response(), token, sessionMaxAge.toSeconds());
        redirect("/");
    }

    /** After a sign-in or sign-out a redirect: reloading the next page never posts the form again. */
    private static String redirect(String path) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
        return null;
    }

    /** 429 with Retry-After, and the page says when to try again. */
    private static void throttled(String key, Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        refusedWith(429, seconds);
        message("password", key, seconds, (seconds + 59) / 60);
    }

    /** 503 with Retry-After: the password was not checked, nothing changed. */
    private static void busy() {
        refusedWith(503, HashingBusyException.RETRY_AFTER_SECONDS);
        message("password", "account.busy", HashingBusyException.RETRY_AFTER_SECONDS);
    }

    private static void refusedWith(int status, long retryAfterSeconds) {
        HttpServletResponse response = response();
        response.setStatus(status);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    }

    /** Each refused field's message on it; the messages may name the bounds of names and passwords. */
    private static void show(AccountRefusedException refusal) {
        refusal.messageKeys()
                .forEach((field, key) -> message(
                        field,
                        key,
                        Account.NAME_MIN_LENGTH,
                        Account.NAME_MAX_LENGTH,
                        Passwords.MIN_LENGTH,
                        Passwords.MAX_LENGTH));
    }

    /** A message on a field of the form (its id in the page: form:field). */
    private static void message(String field, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        String text =
                new MessageFormat(bundle.getString(key), context.getViewRoot().getLocale()).format(arguments);
        context.addMessage("account:" + field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private static HttpServletResponse response() {
        return (HttpServletResponse)
                FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
