package app.todo.account.control;

import app.todo.account.entity.Account;
import app.todo.account.entity.AccountRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/** Creating accounts and finding them by name. */
@ApplicationScoped
@Transactional
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    /**
     * Tasks stored before accounts existed belong to nobody; the first account (the lowest id) receives them.
     * Should two first accounts be created at once, the row locks let only one of them take the tasks.
     */
    private static final String HAND_OVER_TASKS_WITHOUT_OWNER =
            "UPDATE task SET owner_id = ?1 WHERE owner_id IS NULL AND ?1 = (SELECT MIN(id) FROM account)";

    @PersistenceContext(unitName = "todo")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Sessions sessions;

    @Inject
    SignUpRate signUpRate;

    /**
     * Creates an account, when the fields are right and the address and the service may create one more
     * ({@link SignUpRate}: taken only for a request that would otherwise succeed).
     *
     * @throws AccountRefusedException with a message key per field that is wrong
     * @throws app.todo.account.entity.SignUpsThrottledException when too many accounts were created lately
     */
    public Account create(String name, String password, String repeat, String address) {
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
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException raceOnTheName) {
            // The unique key on name_key: someone took the name between the check and now.
            throw new AccountRefusedException(Map.of("name", "account.name.taken"));
        }
        int handedOver = em.createNativeQuery(HAND_OVER_TASKS_WITHOUT_OWNER)
                .setParameter(1, account.getId())
                .executeUpdate();
        if (handedOver > 0) {
            LOG.info(() -> handedOver + " tasks stored before accounts existed now belong to the first account, id "
                    + account.getId());
        }
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> findByName(String name) {
        return em.createQuery("select a from Account a where a.nameKey = :key", Account.class)
                .setParameter("key", Account.key(name))
                .getResultStream()
                .findFirst();
    }
}
