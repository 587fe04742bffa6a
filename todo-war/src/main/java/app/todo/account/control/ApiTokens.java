package app.todo.account.control;

import app.todo.account.entity.Account;
import app.todo.account.entity.ApiToken;
import app.todo.account.entity.SignedIn;
import app.todo.account.entity.TokenLifetime;
import app.todo.account.entity.TokenRefusedException;
import app.todo.platform.control.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API tokens (A14, A15): created with a name, an access and a lifetime, shown once, kept as a hash, looked
 * up on every request (a revoked or expired one stops at once, on every replica), revoked by deleting the row.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** Enough for every script and device a person has; the page lists them all. */
    public static final int MAX_PER_ACCOUNT = 50;

    /** A token's last use is written at most this often, not at every request. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    Validator validator;

    /** The new token and the secret to show once. */
    public record Created(ApiToken token, String secret) {}

    public Created create(long accountId, String name, boolean canWrite, TokenLifetime lifetime) {
        String secret = ApiToken.PREFIX + Secrets.random();
        ApiToken token = new ApiToken(accountId, name, Secrets.hash(secret), canWrite, lifetime);
        Set<ConstraintViolation<ApiToken>> violations = validator.validate(token);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        // One account's creations wait for each other on its row, so two at once cannot pass the bound together.
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        long held = em.createQuery("select count(t) from ApiToken t where t.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getSingleResult();
        if (held >= MAX_PER_ACCOUNT) {
            throw new TokenRefusedException("token.quota", MAX_PER_ACCOUNT);
        }
        em.persist(token);
        return new Created(token, secret);
    }

    /** The account's tokens, newest first. */
    public List<ApiToken> all(long accountId) {
        return em.createQuery(
                        "select t from ApiToken t where t.accountId = :account order by t.createdAt desc, t.id desc",
                        ApiToken.class)
                .setParameter("account", accountId)
                .getResultList();
    }

    /** @return whether the account had that token (another's or an unknown id is as if it had not) */
    public boolean revoke(long accountId, long id) {
        return em.createQuery("delete from ApiToken t where t.id = :id and t.accountId = :account")
                        .setParameter("id", id)
                        .setParameter("account", accountId)
                        .executeUpdate()
                > 0;
    }

    /** Who a token signs in, if it is one of ours, unrevoked and unexpired; its last use is noted. */
    public Optional<SignedIn> find(String secret) {
        if (secret == null
                || !secret.startsWith(ApiToken.PREFIX)
                || !Secrets.isWellFormed(secret.substring(ApiToken.PREFIX.length()))) {
            return Optional.empty();
        }
        List<Object[]> found = em.createQuery(
                        "select t, a.name from ApiToken t, Account a where a.id = t.accountId and t.tokenHash = :hash",
                        Object[].class)
                .setParameter("hash", Secrets.hash(secret))
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiToken token = (ApiToken) found.get(0)[0];
        Instant now = Instant.now();
        if (token.isExpiredAt(now)) {
            return Optional.empty();
        }
        if (token.getLastUsedAt() == null
                || token.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            token.setLastUsedAt(now);
        }
        return Optional.of(new SignedIn(token.getAccountId(), (String) found.get(0)[1], null, !token.isCanWrite()));
    }
}
