package app.todo.account.entity;

/**
 * Who a request comes from, as the authentication mechanism found it.
 *
 * @param sessionToken the cookie's token when signed in by the page, null for HTTP Basic
 * @param formToken    the token every form of the session carries (forgery check), null for HTTP Basic
 */
public record SignedIn(long accountId, String name, String sessionToken, String formToken) {

    /** The request attribute that holds it. */
    public static final String ATTRIBUTE = SignedIn.class.getName();
}
