package app.todo.support;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as Maven packaged it, for Arquillian to deploy. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive todoWar() {
        String war = System.getProperty("todo.war");
        if (war == null || !new File(war).isFile()) {
            throw new IllegalStateException("todo.war does not name the packaged WAR: " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "todo.war").importFrom(new File(war)).as(WebArchive.class);
    }

    /** The connector reports the first non-loopback address; the tests stay on 127.0.0.1. */
    public static URI onLoopback(URL deployed) {
        return URI.create("http://127.0.0.1:" + deployed.getPort() + deployed.getPath());
    }
}
