package app.weather.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The weather WAR as Maven packaged it, with configuration that points it at a WireMock stand-in for the
 * upstream API: added as a library whose {@code microprofile-config.properties} outranks the WAR's own.
 * Named ROOT.war, so that it is served at "/" as in production.
 */
public final class WeatherDeployment {

    private WeatherDeployment() {}

    public static WireMockServer startUpstream() {
        WireMockServer upstream = new WireMockServer(WireMockConfiguration.options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(20));
        upstream.start();
        return upstream;
    }

    public static WebArchive war(Map<String, String> given) {
        // Tests ask for more new cities than a client may; LookupRateIT sets the bounds it tests.
        Map<String, String> configuration = new java.util.LinkedHashMap<>(Map.of(
                "weather.lookups.per-client-per-minute", "1000000",
                "weather.lookups.per-minute", "1000000",
                "weather.lookups.per-day", "100000000"));
        configuration.putAll(given);
        String war = System.getProperty("weather.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("weather.war does not name the packaged WAR: " + war);
        }
        String properties = "config_ordinal=500\n"
                + configuration.entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining("\n"));
        JavaArchive overrides = ShrinkWrap.create(JavaArchive.class, "test-configuration.jar")
                .addAsManifestResource(new StringAsset(properties), "microprofile-config.properties");
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(war))
                .as(WebArchive.class)
                .addAsLibrary(overrides);
    }

    /** The WAR asking the given stand-in in Open-Meteo's place, with further settings of a test's own. */
    public static WebArchive openMeteoWar(WireMockServer standIn, Map<String, String> more) {
        Map<String, String> configuration = new java.util.LinkedHashMap<>(more);
        configuration.put("weather.geocoding.url", standIn.baseUrl() + "/v1/search");
        configuration.put("weather.forecast.url", standIn.baseUrl() + "/v1/forecast");
        return war(configuration);
    }

    /** The connector reports the first non-loopback address; the tests stay on 127.0.0.1. */
    public static URI onLoopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + "/");
    }

    /** A response fixture in the upstream API's exact shape. */
    public static String fixture(String name) {
        try (InputStream in = WeatherDeployment.class.getResourceAsStream("/stand-in/__files/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
