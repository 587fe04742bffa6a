package app.todo.storage.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source Payara pools ({@link TodoDatabase}): PostgreSQL's driver or H2's, as the URL names. One class for
 * both, so that the pool's class is known when Payara first reads the data source definition, before the
 * application's configuration exists (a class chosen by configuration was "not found" then, a warning at each
 * start). Payara sets the URL, role, password and login timeout through the setters below, then asks for
 * connections; the driver's own data source, made at the first of them, gives them.
 */
public class UrlDataSource implements DataSource {

    private String url = DatabaseDefaults.URL;
    private String user;
    private String password;
    private int loginTimeoutSeconds;
    /** The driver's data source, made at the first connection from the settings then; a setter starts it anew. */
    private DataSource driver;

    public synchronized void setUrl(String url) {
        this.url = url.strip();
        driver = null;
    }

    public synchronized void setUser(String user) {
        this.user = user;
        driver = null;
    }

    public synchronized void setPassword(String password) {
        this.password = password;
        driver = null;
    }

    private synchronized DataSource driver() throws SQLException {
        if (driver == null) {
            try {
                driver = DatabaseVendor.of(url).dataSource(url, user, password, loginTimeoutSeconds);
            } catch (IllegalArgumentException refused) {
                // Neither the URL nor the driver's words (which quote it) are repeated: a URL may hold a password.
                throw new SQLException("the database URL is not one its driver takes (TODO_DB_URL)");
            }
        }
        return driver;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver().getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return driver().getConnection(user, password);
    }

    @Override
    public synchronized void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
        driver = null;
    }

    @Override
    public synchronized int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // The drivers log through their own loggers.
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return driver().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || driver().isWrapperFor(type);
    }
}
