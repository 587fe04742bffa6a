package app.todo.account.entity;

/**
 * Who a request comes from, as the authentication mechanism found it.
 *
 * @param formToken the token every form of the session carries (forgery check), null for HTTP Basic
 */
public record SignedIn(long accountId, String name, String formToken) {

    /** The request attribute that holds it. */
    public static final String ATTRIBUTE = SignedIn.class.getName();
}
