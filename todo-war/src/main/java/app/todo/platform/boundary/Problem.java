package app.todo.platform.boundary;

import jakarta.json.Json;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * An error answer as RFC 9457 describes it ({@code application/problem+json}).
 *
 * @param field the request field that was refused, when one was
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "field"})
public record Problem(String type, String title, int status, String detail, String field) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), status.getReasonPhrase(), detail, null);
    }

    public static Response response(int status, String title, String detail, String field) {
        return Response.status(status)
                .type(MediaType.valueOf(MEDIA_TYPE + ";charset=utf-8"))
                .entity(new Problem("about:blank", title, status, detail, field))
                .build();
    }

    /** The same answer written by a servlet filter or the authentication mechanism, outside JAX-RS; committed. */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE + ";charset=utf-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", title)
                        .add("status", status)
                        .add("detail", detail)
                        .build()
                        .toString());
        response.flushBuffer();
    }
}
