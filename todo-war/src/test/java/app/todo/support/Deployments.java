package app.todo.support;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as Maven packaged it, for Arquillian to deploy. */
public final class Deployments {

    private Deployments() {}

    public static WebArchive todoWar() {
        String war = System.getProperty("todo.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("todo.war does not name the packaged WAR: " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "todo.war")
                .importFrom(new File(war))
                .as(WebArchive.class);
    }

    /**
     * The WAR with a test class that runs inside the server: Arquillian's protocol servlet is let through the sign-in
     * (a web fragment adds an open security constraint for its address alone).
     */
    public static WebArchive todoWarRunning(Class<?> test) {
        String fragment = """
                <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                    <name>arquillian_protocol_open</name>
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>Arquillian protocol</web-resource-name>
                            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                            <url-pattern>/ArquillianServletRunner</url-pattern>
                        </web-resource-collection>
                    </security-constraint>
                </web-fragment>
                """;
        return todoWar()
                .addClass(test)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-open.jar")
                        .addAsManifestResource(new StringAsset(fragment), "web-fragment.xml"));
    }

    /** The connector reports the first non-loopback address; the tests stay on 127.0.0.1. */
    public static URI onLoopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + deployed.getPath());
    }
}
