package app.todo.account.control;

import app.todo.account.entity.SignInFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Failed sign-ins counted in the database, so that the bound holds across replicas: after 5 failures for one
 * name or 20 from one address within 15 minutes, further attempts wait until the oldest of them leaves the
 * window. A success clears the name's count (not the address's).
 */
@ApplicationScoped
@Transactional
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_NAME = 5;
    static final int PER_ADDRESS = 20;

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    /** @return how long to wait before the next attempt, when one must */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Duration> waitBefore(String nameKey, String address) {
        Instant now = Instant.now();
        Instant since = now.minus(WINDOW);
        Instant freedAt = latest(
                nthRecentFailure(
                        "f.nameKey",
                        SignInFailure.truncated(nameKey, SignInFailure.NAME_KEY_MAX_LENGTH),
                        PER_NAME,
                        since),
                nthRecentFailure(
                        "f.address",
                        SignInFailure.truncated(address, SignInFailure.ADDRESS_MAX_LENGTH),
                        PER_ADDRESS,
                        since));
        if (freedAt == null) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, freedAt.plus(WINDOW));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public void recordFailure(String nameKey, String address) {
        Instant now = Instant.now();
        em.createQuery("delete from SignInFailure f where f.failedAt < :since")
                .setParameter("since", now.minus(WINDOW))
                .executeUpdate();
        em.persist(new SignInFailure(nameKey, address, now));
    }

    public void clear(String nameKey) {
        em.createQuery("delete from SignInFailure f where f.nameKey = :key")
                .setParameter("key", SignInFailure.truncated(nameKey, SignInFailure.NAME_KEY_MAX_LENGTH))
                .executeUpdate();
    }

    /** The limit-th most recent failure within the window: while it is in the window, the limit is reached. */
    private Instant nthRecentFailure(String field, String value, int limit, Instant since) {
        List<Instant> found = em.createQuery(
                        "select f.failedAt from SignInFailure f where " + field
                                + " = :value and f.failedAt > :since order by f.failedAt desc",
                        Instant.class)
                .setParameter("value", value)
                .setParameter("since", since)
                .setFirstResult(limit - 1)
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
