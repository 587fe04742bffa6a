package app.todo.account.entity;

/**
 * Who a request comes from, as the authentication mechanism found it.
 *
 * @param formToken the token every form of the session carries (forgery check), null for HTTP Basic and tokens
 * @param readOnly signed in with a read-only API token (A15): the API refuses every change
 */
public record SignedIn(long accountId, String name, String formToken, boolean readOnly) {

    /** The request attribute that holds it. */
    public static final String ATTRIBUTE = SignedIn.class.getName();

    /** A session or a password: everything the account may do. */
    public SignedIn(long accountId, String name, String formToken) {
        this(accountId, name, formToken, false);
    }
}
