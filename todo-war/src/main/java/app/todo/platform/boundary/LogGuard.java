package app.todo.platform.boundary;

import app.todo.platform.control.LogText;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the log readable whatever clients send, on the server's console handlers while the application runs:
 * <ul>
 * <li>no one kind of line more than {@value #PER_MINUTE} times a minute (a kind: its logger, level, and the
 * message up to its first colon or the exception's class); the last allowed says that the rest are left out;</li>
 * <li>a request address that is not valid percent-encoding ({@code GET /%zz}) is one line, not the stack trace
 * Payara's web container logs for it (it fails in Grizzly's decoder before any filter of ours runs).</li>
 * </ul>
 */
@WebListener
public class LogGuard implements ServletContextListener {

    static final int PER_MINUTE = 10;
    /** More kinds than this in a minute: the counts start again (a bound on memory, not on lines). */
    private static final int MAX_KINDS = 1_000;

    /** Each handler's own filter (null for none), put back when the application stops. */
    private final Map<Handler, Filter> replaced = new HashMap<>();

    @Override
    public void contextInitialized(ServletContextEvent event) {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            Filter previous = handler.getFilter();
            replaced.put(handler, previous);
            handler.setFilter(new Guard(previous));
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        replaced.forEach((handler, previous) -> handler.setFilter(previous));
        replaced.clear();
    }

    static final class Guard implements Filter {

        private final Filter previous;
        private final Map<String, Integer> counts = new ConcurrentHashMap<>();
        private volatile long minute;

        Guard(Filter previous) {
            this.previous = previous;
        }

        @Override
        public boolean isLoggable(LogRecord record) {
            if (previous != null && !previous.isLoggable(record)) {
                return false;
            }
            if (isMalformedAddress(record.getThrown())) {
                record.setMessage("Refused a request whose address is not valid percent-encoding: "
                        + LogText.of(record.getThrown().getMessage()));
                record.setParameters(null);
                record.setResourceBundle(null);
                record.setThrown(null);
                record.setLevel(Level.INFO); // the client's mistake, not the server's
            }
            long now = record.getMillis() / 60_000;
            if (now != minute || counts.size() > MAX_KINDS) {
                minute = now;
                counts.clear();
            }
            int count = counts.merge(kind(record), 1, Integer::sum);
            if (count == PER_MINUTE) {
                record.setMessage(record.getMessage() + " [" + PER_MINUTE
                        + " lines like this in a minute: more are left out until the next]");
            }
            return count <= PER_MINUTE;
        }

        private static String kind(LogRecord record) {
            String message = String.valueOf(record.getMessage());
            int colon = message.indexOf(':');
            return record.getLoggerName()
                    + ' '
                    + record.getLevel()
                    + ' '
                    + (record.getThrown() != null
                            ? record.getThrown().getClass().getName() + ' '
                            : "")
                    + message.substring(0, colon < 0 ? Math.min(message.length(), 60) : Math.min(colon, 60));
        }

        static boolean isMalformedAddress(Throwable thrown) {
            if (!(thrown instanceof IllegalArgumentException || thrown instanceof IllegalStateException)) {
                return false;
            }
            for (StackTraceElement frame : thrown.getStackTrace()) {
                if (frame.getClassName().endsWith("HttpRequestURIDecoder")) {
                    return true;
                }
            }
            return false;
        }
    }
}
