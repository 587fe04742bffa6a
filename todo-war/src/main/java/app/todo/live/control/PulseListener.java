package app.todo.live.control;

import app.todo.live.entity.LiveGap;
import app.todo.live.entity.Pulse;
import app.todo.storage.control.DatabaseFailures;
import app.todo.storage.control.DatabaseVendor;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One connection per replica that {@code LISTEN}s for the other replicas' changes and hands each to this replica's
 * open pages (U1). Its own, not the pool's: it is held for good and waits without a statement. When it is lost
 * the replica keeps serving, tries again after 1 s, doubling to 30 s, and once back tells its pages to reload
 * what they show, as they may have missed changes meanwhile (U4). Nothing to do on the embedded H2 database.
 */
@ApplicationScoped
public class PulseListener {

    private static final Logger LOG = Logger.getLogger(PulseListener.class.getName());
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);
    /** How long one wait for notifications lasts; after each, a round trip proves the connection alive. */
    private static final int WAIT_MILLIS = 10_000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Event<Pulse> pulses;

    @Inject
    Event<LiveGap> gaps;

    @Inject
    @ConfigProperty(name = "todo.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "todo.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "todo.db.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (DatabaseVendor.of(url) != DatabaseVendor.POSTGRESQL) {
            return;
        }
        running = true;
        thread = threads.newThread(this::listen);
        thread.setName("todo-live-changes");
        thread.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        Connection held = connection;
        if (held != null) {
            try {
                held.close();
            } catch (SQLException ignored) {
                // Closing is all that is left to do with it.
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        boolean lost = false;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + ChangeFeed.CHANNEL);
                }
                if (lost) {
                    LOG.info("Listening for changes of other replicas again; open pages reload what they show");
                    gaps.fire(new LiveGap());
                }
                lost = false;
                retry = FIRST_RETRY;
                PGConnection notifications = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received == null || received.length == 0) {
                        try (Statement alive = listening.createStatement()) {
                            alive.execute("SELECT 1");
                        }
                        continue;
                    }
                    for (PGNotification notification : received) {
                        Pulse pulse = ChangeFeed.read(notification.getParameter());
                        if (pulse != null) {
                            pulses.fire(pulse);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                Duration wait = retry;
                LOG.warning(() -> "Not listening for changes of other replicas (their changes show at the next"
                        + " load): " + DatabaseFailures.describe(e) + "; trying again in " + wait.toSeconds() + " s");
                lost = true;
                sleep(wait);
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            } finally {
                connection = null;
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password.orElse(""));
        properties.setProperty("ApplicationName", "todo live changes");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", String.valueOf(WAIT_MILLIS / 1000 + 10));
        properties.setProperty("tcpKeepAlive", "true");
        Connection opened = new org.postgresql.Driver().connect(url, properties);
        if (opened == null) {
            throw new SQLException("The driver does not take " + url);
        }
        opened.setAutoCommit(true);
        return opened;
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
