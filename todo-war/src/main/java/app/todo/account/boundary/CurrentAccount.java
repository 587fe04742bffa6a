package app.todo.account.boundary;

import app.todo.account.entity.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import app.todo.platform.boundary.CurrentRequest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The person the request comes from, for the page ({@code #{currentAccount}}) and the API. */
@Named
@RequestScoped
public class CurrentAccount {

    @Inject
    CurrentRequest currentRequest;

    public SignedIn signedIn() {
        HttpServletRequest request = currentRequest.get();
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

    public String getName() {
        return signedIn().name();
    }

    /** The per-session token that every form of the page carries. */
    public String getFormToken() {
        return signedIn().formToken();
    }
}
