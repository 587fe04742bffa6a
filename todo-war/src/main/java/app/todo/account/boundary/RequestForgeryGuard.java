package app.todo.account.boundary;

import app.todo.account.entity.SignedIn;
import app.todo.platform.boundary.Problem;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Only this site changes anything, and only by a post. A request that could change state is refused (403, nothing
 * changed) when the browser says it comes from elsewhere: its {@code Sec-Fetch-Site}, and its {@code Origin}
 * against {@code todo.public-origins}; a form post of a signed-in session must also carry the session's form
 * token. A request with neither header (curl, a script with Basic credentials) is judged by its credentials alone.
 * Faces takes any request with a view state for a postback, whatever its method: a GET or HEAD carrying one is
 * refused (400), so that a link, an image or a crawler never changes anything.
 *
 * <p>Mapped in web.xml, after the security headers.
 */
public class RequestForgeryGuard extends HttpFilter {

    public static final String FORM_TOKEN_FIELD = "form-token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Inject
    @ConfigProperty(name = "todo.public-origins")
    List<String> publicOrigins;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            String query = request.getQueryString();
            if (query != null && query.contains(VIEW_STATE) && request.getParameter(VIEW_STATE) != null) {
                refuse(
                        request,
                        response,
                        400,
                        "An address cannot change anything: changes are posted by the page's forms");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (comesFromElsewhere(request, publicOrigins)) {
            refuse(request, response, 403, "This request did not come from this site's pages");
            return;
        }
        // The pages' posts are all forms; the API takes JSON only, which no foreign page can post without CORS.
        if (request.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn signedIn
                && signedIn.formToken() != null
                && !isApi(request)
                && !sameToken(signedIn.formToken(), request.getParameter(FORM_TOKEN_FIELD))) {
            refuse(request, response, 403, "This form is not one this site gave you; reload the page and try again");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the browser says the request comes from another site: its Sec-Fetch-Site, or an Origin not ours. */
    public static boolean comesFromElsewhere(HttpServletRequest request, List<String> publicOrigins) {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        return (site != null && !OWN_SITE.contains(site)) || (origin != null && !publicOrigins.contains(origin));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/api/");
    }

    private static boolean sameToken(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException {
        if (isApi(request)) {
            Problem.write(response, status, status == 403 ? "Forbidden" : "Bad Request", detail);
        } else {
            response.sendError(status);
        }
    }
}
