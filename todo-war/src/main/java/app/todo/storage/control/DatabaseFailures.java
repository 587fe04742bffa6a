package app.todo.storage.control;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

/** Tells a database that cannot be reached apart from a bug, by walking an exception's causes. */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    public static boolean isUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof SocketException
                    || t instanceof SocketTimeoutException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exceptions; 57P01..03: the server is shutting down or starting
            }
            if (t instanceof XAException) {
                return true; // the transaction manager lost the database at commit (the pool's I/O error, in its
                // message)
            }
            String type = t.getClass().getName();
            if (type.equals("jakarta.transaction.SystemException")
                    || type.equals("jakarta.resource.spi.LocalTransactionException")) {
                return true; // a commit or rollback that failed on the connection: only the database does that
            }
            if (type.equals("jakarta.resource.spi.ResourceAllocationException")
                    || type.equals("jakarta.resource.ResourceException")
                    || type.equals("org.hibernate.exception.JDBCConnectionException")
                    || type.equals("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
            if (t instanceof SQLException
                    && t.getMessage() != null
                    && t.getMessage().contains("Error in allocating a connection")) {
                return true; // Payara's pool when no connection can be opened
            }
        }
        return false;
    }

    /** One line for the log: the innermost cause's type and message. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
