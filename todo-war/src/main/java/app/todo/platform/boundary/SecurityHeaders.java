package app.todo.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The headers every answer of the to-do service carries, error pages included. No script or style but the
 * page's own files (Faces' Ajax runs from todo.js, no inline handler), no framing, no plugins, forms only to
 * this site; personal pages and API answers are never stored by a cache. Payara's own {@code Server} header
 * is off in server-config/pre-boot-commands.asadmin.
 *
 * <p>Mapped first in web.xml. The authentication mechanism, which answers before any filter, applies them too.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'; "
            + "base-uri 'none'";
    /** The page's own files, the same for everyone: these may be cached. */
    private static final List<String> STATIC = List.of("/jakarta.faces.resource/", "/icons/");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        // The location for "Use my location" (W9), asked of the person by this site's own pages only; nothing else.
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(self), payment=(), usb=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (STATIC.stream().noneMatch(path::startsWith)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
