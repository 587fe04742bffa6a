package app.todo.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "To-do API",
                        version = "1",
                        description = "Tasks of the to-do list: the same rules as the page."))
public class RestConfiguration extends Application {

    /** No WADL: Jersey would describe every resource at application.wadl and answer OPTIONS with it. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
