package app.todo.platform.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The API's OpenAPI document at {@code /openapi}: YAML, or JSON for {@code Accept: application/json} or
 * {@code ?format=JSON}, as MicroProfile OpenAPI serves it. The document is made at build time from the resources'
 * annotations (smallrye-open-api-maven-plugin) and served as it is: Payara's own endpoint, switched off in
 * server-config, parses every class of the WAR at its first request and needed more than the whole heap.
 */
@WebServlet("/openapi")
public class OpenApiDocument extends HttpServlet {

    private static final String FOLDER = "/META-INF/openapi/";

    private byte[] yaml;
    private byte[] json;

    @Override
    public void init() throws ServletException {
        yaml = read("openapi.yaml");
        json = read("openapi.json");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        boolean asJson = "json".equalsIgnoreCase(request.getParameter("format"))
                || (accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json"));
        byte[] document = asJson ? json : yaml;
        response.setContentType(asJson ? "application/json" : "application/yaml;charset=utf-8");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }

    private static byte[] read(String name) throws ServletException {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new ServletException(FOLDER + name + " is missing from the application: the build makes it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ServletException(e);
        }
    }
}
