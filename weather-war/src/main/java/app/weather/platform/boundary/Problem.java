package app.weather.platform.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * An error answer as RFC 9457 describes it ({@code application/problem+json}): the one shape of every refusal of the
 * weather service, whether JAX-RS ({@link Problems}) or a servlet filter ({@link RequestEdge}) writes it. (Errors that
 * escape both are the same shape as files: WEB-INF/errors.)
 */
@JsonbPropertyOrder({"type", "title", "status", "detail"})
public record Problem(String type, String title, int status, String detail) {

    public static final MediaType MEDIA_TYPE = MediaType.valueOf("application/problem+json;charset=utf-8");

    private static final Jsonb JSON = JsonbBuilder.create();

    public Problem(int status, String title, String detail) {
        this("about:blank", title, status, detail);
    }

    public Response.ResponseBuilder response() {
        return Response.status(status).type(MEDIA_TYPE).entity(JSON.toJson(this));
    }

    /** Written and committed by a servlet filter, outside JAX-RS. */
    public void write(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE.toString());
        response.getWriter().write(JSON.toJson(this));
        response.flushBuffer();
    }
}
