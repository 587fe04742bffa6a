package app.todo.account.control;

import app.todo.account.entity.Account;
import app.todo.account.entity.AccountCreated;
import app.todo.account.entity.AccountRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Creating accounts and finding them by name. */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Sessions sessions;

    @Inject
    SignUpRate signUpRate;

    @Inject
    Event<AccountCreated> created;

    /**
     * Creates an account, when the fields are right and the address and the service may create one more
     * ({@link SignUpRate}: taken only for a request that would otherwise succeed).
     *
     * @throws AccountRefusedException with a message key per field that is wrong
     * @throws app.todo.account.entity.SignUpsThrottledException when too many accounts were created lately
     */
    public Account create(String name, String password, String repeat, String address) {
        return create(name, password, repeat, address, ZoneId.of("UTC"));
    }

    /** As {@link #create(String, String, String, String)}, in the time zone the browser gave (A13). */
    public Account create(String name, String password, String repeat, String address, ZoneId zone) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!Account.isValidName(name)) {
            problems.put("name", "account.name.invalid");
        } else if (findByName(name).isPresent()) {
            problems.put("name", "account.name.taken");
        }
        passwords.problem(password).ifPresent(problem -> problems.put("password", problem));
        if (!problems.containsKey("password") && !Objects.equals(password, repeat)) {
            problems.put("repeat", "account.password.mismatch");
        }
        if (!problems.isEmpty()) {
            throw new AccountRefusedException(problems);
        }
        signUpRate.take(address);
        Account account = new Account(name, passwords.hash(password));
        account.setZone(zone);
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException raceOnTheName) {
            // The unique key on name_key: someone took the name between the check and now.
            throw new AccountRefusedException(Map.of("name", "account.name.taken"));
        }
        created.fire(new AccountCreated(account.getId()));
        return account;
    }

    /**
     * Changes an account's password, given its current one, and ends every session of the account: whoever else
     * was signed in with the old password is signed out.
     *
     * @throws AccountRefusedException with a message key per field that is wrong ("current", "password", "repeat")
     */
    public void changePassword(long accountId, String current, String password, String repeat) {
        Account account = em.find(Account.class, accountId);
        Map<String, String> problems = new LinkedHashMap<>();
        if (account == null || current == null || !passwords.verify(current, account.getPasswordHash())) {
            problems.put("current", "account.password.current-wrong");
        }
        passwords.problem(password).ifPresent(problem -> problems.put("password", problem));
        if (!problems.containsKey("password") && !Objects.equals(password, repeat)) {
            problems.put("repeat", "account.password.mismatch");
        }
        if (!problems.isEmpty()) {
            throw new AccountRefusedException(problems);
        }
        account.setPasswordHash(passwords.hash(password));
        sessions.closeAll(accountId);
    }

    /**
     * Stores a new hash of the password that {@code verified} matched (A3), unless the password changed meanwhile:
     * a sign-in with the old password must not undo a change.
     */
    public void replaceHash(long accountId, String verified, String replacement) {
        em.createQuery(
                        "UPDATE Account a SET a.passwordHash = :replacement WHERE a.id = :id AND a.passwordHash = :verified")
                .setParameter("replacement", replacement)
                .setParameter("id", accountId)
                .setParameter("verified", verified)
                .executeUpdate();
    }

    /** Whether some account still holds a hash of the PBKDF2 era (A3, A4). */
    public boolean anyPbkdf2Hash() {
        return !em.createQuery("SELECT a.id FROM Account a WHERE a.passwordHash NOT LIKE :today", Long.class)
                .setParameter("today", "$argon2id$%")
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Sets the account's time zone (A13). */
    public void changeZone(long accountId, ZoneId zone) {
        em.find(Account.class, accountId).setZone(zone);
    }

    /** The weather box's units ("metric", "imperial") and home city (null: none). */
    public void changeWeather(long accountId, String units, String homeCity) {
        Account account = em.find(Account.class, accountId);
        account.setWeatherUnits(units);
        account.setHomeCity(homeCity);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Account find(long accountId) {
        return em.find(Account.class, accountId);
    }

    /** A list, not a stream: outside a transaction nothing would close the stream's statement. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> findByName(String name) {
        return em
                .createQuery("select a from Account a where a.nameKey = :key", Account.class)
                .setParameter("key", Account.key(name))
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }
}
