package app.todo.account.boundary;

import app.todo.account.control.Accounts;
import app.todo.account.entity.Account;
import app.todo.account.entity.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The person the request comes from, for the page ({@code #{currentAccount}}) and the API. */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    HttpServletRequest request;

    @Inject
    Accounts accounts;

    private Account stored;

    public SignedIn signedIn() {
        Object who = request.getAttribute(SignedIn.ATTRIBUTE);
        if (who instanceof SignedIn signedIn) {
            return signedIn;
        }
        // Every address that reaches here is protected (web.xml): the mechanism has set it, or refused.
        throw new IllegalStateException("No one is signed in on a protected address: " + request.getRequestURI());
    }

    public long id() {
        return signedIn().accountId();
    }

    /**
     * The account as stored, read once a request for all that the page asks of it (its time zone, its weather
     * preferences): three reads of the same row before.
     */
    public Account stored() {
        if (stored == null) {
            stored = accounts.find(id());
        }
        return stored;
    }

    public String getName() {
        return signedIn().name();
    }

    /** The per-session token that every form of the page carries. */
    public String getFormToken() {
        return signedIn().formToken();
    }
}
