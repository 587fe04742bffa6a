package app.weather.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("weather")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Weather",
                        version = "1",
                        description = "Current weather of a city from a public weather API, cached."))
public class RestConfiguration extends Application {

    /** No WADL: Jersey would describe every resource at application.wadl and answer OPTIONS with it. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
