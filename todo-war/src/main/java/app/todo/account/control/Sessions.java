package app.todo.account.control;

import app.todo.account.entity.AccountSession;
import app.todo.account.entity.SignedIn;
import app.todo.platform.control.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in sessions kept in PostgreSQL, so that every replica knows them without sticky sessions. The browser
 * holds a random token; the table holds its SHA-256 only, so a copy of the table signs nobody in. A session ends
 * when signed out, after {@code todo.session.idle-timeout} without a request, and {@code todo.session.max-age}
 * after it began, whatever its use.
 */
@ApplicationScoped
@Transactional
public class Sessions {

    /** A session's last use is written at most this often, not at every request. */
    private static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "todo.session.idle-timeout")
    Duration idleTimeout;

    @Inject
    @ConfigProperty(name = "todo.session.max-age")
    Duration maxAge;

    /** @return the new session's token, for the cookie */
    public String open(long accountId) {
        Instant now = Instant.now();
        em.createQuery("delete from AccountSession s where s.accountId = :account"
                        + " and (s.lastSeenAt < :idleSince or s.createdAt < :createdSince)")
                .setParameter("account", accountId)
                .setParameter("idleSince", now.minus(idleTimeout))
                .setParameter("createdSince", now.minus(maxAge))
                .executeUpdate();
        String token = Secrets.random();
        em.persist(new AccountSession(Secrets.hash(token), accountId, now));
        return token;
    }

    /** The person a token signs in, if its session is still open. */
    public Optional<SignedIn> find(String token) {
        if (!Secrets.isWellFormed(token)) {
            return Optional.empty();
        }
        List<Object[]> found = em.createQuery(
                        "select s, a.name from AccountSession s, Account a"
                                + " where a.id = s.accountId and s.tokenHash = :hash",
                        Object[].class)
                .setParameter("hash", Secrets.hash(token))
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccountSession session = (AccountSession) found.get(0)[0];
        Instant now = Instant.now();
        if (session.getLastSeenAt().plus(idleTimeout).isBefore(now)
                || session.getCreatedAt().plus(maxAge).isBefore(now)) {
            em.remove(session);
            return Optional.empty();
        }
        if (session.getLastSeenAt().plus(LAST_SEEN_PRECISION).isBefore(now)) {
            session.setLastSeenAt(now);
        }
        return Optional.of(new SignedIn(session.getAccountId(), (String) found.get(0)[1], formToken(token)));
    }

    public void close(String token) {
        em.createQuery("delete from AccountSession s where s.tokenHash = :hash")
                .setParameter("hash", Secrets.hash(token))
                .executeUpdate();
    }

    public void closeAll(long accountId) {
        em.createQuery("delete from AccountSession s where s.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /**
     * The token every form of the session carries: derived from the session's secret token, so that nothing more
     * is stored, and useless to anyone who has not got the cookie itself.
     */
    static String formToken(String token) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.sha256("form:" + token));
    }
}
