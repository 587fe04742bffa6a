package app.weather.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("weather")
@OpenAPIDefinition(info = @Info(title = "Weather", version = "1",
        description = "Current weather of a city from a public weather API, cached."))
public class RestConfiguration extends Application {
}
