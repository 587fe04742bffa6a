package app.weather.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the weather service's Arquillian tests share: the WireMock upstream their {@code @Deployment} starts
 * (with {@link WeatherDeployment#startUpstream()}), reset before each test and stopped after the class, and a
 * JAX-RS client on {@code /weather/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class WeatherServiceIT {

    protected static WireMockServer upstream;

    @ArquillianResource
    protected URL deployed;

    protected Client client;
    protected WebTarget weather;

    @AfterAll
    static void stopUpstream() {
        if (upstream != null) {
            upstream.stop();
            upstream = null;
        }
    }

    @BeforeEach
    void connect() {
        upstream.resetAll();
        client = ClientBuilder.newClient();
        weather = client.target(WeatherDeployment.onLoopback(deployed)).path("weather/");
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    protected Response ask(String city) {
        return weather.queryParam("city", city).request().get();
    }
}
