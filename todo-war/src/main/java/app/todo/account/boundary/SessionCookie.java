package app.todo.account.boundary;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookie that carries a session's token: HttpOnly (no script reads it), SameSite=Lax (no cross-site post
 * sends it), Secure when the person reached the site over https, for the session's whole life at most.
 */
public final class SessionCookie {

    public static final String NAME = "todo_session";

    private SessionCookie() {}

    public static String read(HttpServletRequest request) {
        return read(request, NAME);
    }

    public static void write(
            HttpServletRequest request, HttpServletResponse response, String token, long maxAgeSeconds) {
        response.addCookie(cookie(request, token, (int) Math.min(maxAgeSeconds, Integer.MAX_VALUE)));
    }

    public static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        return cookie(request, NAME, value, "", "Lax", maxAge);
    }

    /** A cookie no script reads, sent over https only where the site is reached so, under the application's path. */
    static Cookie cookie(
            HttpServletRequest request, String name, String value, String path, String sameSite, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", sameSite);
        cookie.setSecure(overHttps(request));
        String root = request.getContextPath();
        cookie.setPath(path.isEmpty() ? (root.isEmpty() ? "/" : root) : root + path);
        cookie.setMaxAge(maxAge);
        return cookie;
    }

    /** The value of the request's cookie of that name, or null. */
    static String read(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (name.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The browser's own view: its Origin (checked against the public origins), else the connection's scheme. */
    private static boolean overHttps(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin != null ? origin.startsWith("https://") : request.isSecure();
    }
}
