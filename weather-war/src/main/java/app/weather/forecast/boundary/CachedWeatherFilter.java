package app.weather.forecast.boundary;

import app.weather.forecast.control.Forecasts;
import app.weather.forecast.entity.InvalidQueryException;
import app.weather.forecast.entity.WeatherQuery;
import app.weather.platform.boundary.Cors;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The hot path: a fresh cached answer is written from its stored JSON before the request enters JAX-RS,
 * which would cost several times what the answer itself costs. Anything else (a miss, a stale entry, an
 * invalid city, another path or method) goes on to {@link WeatherResource} unchanged.
 */
// Mapped in web.xml, after SecurityHeaders: the order of annotated filters is the server's choice.
public class CachedWeatherFilter extends HttpFilter {

    @Inject
    Forecasts forecasts;

    @Inject
    Cors cors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        byte[] json = "GET".equals(request.getMethod()) && isWeatherRoot(request) ? freshJson(request) : null;
        if (json == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setContentLength(json.length);
        cors.headersFor(request.getHeader("Origin")).forEach(response::setHeader);
        response.getOutputStream().write(json);
    }

    private static boolean isWeatherRoot(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/weather") || path.equals("/weather/");
    }

    private byte[] freshJson(HttpServletRequest request) {
        try {
            return forecasts.freshJson(WeatherQuery.parse(
                    request.getParameter("city"),
                    request.getParameter("lat"),
                    request.getParameter("lon"),
                    request.getParameter("units")));
        } catch (InvalidQueryException invalid) {
            return null; // the resource answers it, with its problem document
        }
    }
}
