package app.todo.account.control;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.INVALID;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.todo.account.entity.Account;
import app.todo.account.entity.AccountRefusedException;
import app.todo.account.entity.SignInOutcome;
import app.todo.account.entity.SignedIn;
import app.todo.platform.control.Secrets;
import app.todo.storage.control.TodoDatabase;
import app.todo.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside Payara Micro on PostgreSQL: accounts, their passwords, sessions and the sign-in throttle, as the
 * page and the API use them.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final String PASSWORD = "A long enough passphrase";
    /** The tests' servers lift the sign-up limits (the failsafe environment); AbuseBoundsIT tests them. */
    private static final String ADDRESS = "127.0.0.1";

    @Deployment
    static WebArchive deployment() {
        return Deployments.todoWarRunning(AccountsIT.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    SignIns signIns;

    @Inject
    Sessions sessions;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @Resource(lookup = TodoDatabase.JNDI_NAME)
    DataSource dataSource;

    @BeforeEach
    void noFailuresCounted() throws SQLException {
        update("DELETE FROM sign_in_failure");
    }

    private int update(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 100_000_000L;
    }

    @DisplayName("A12: tasks stored before accounts go to the first account, and to no other")
    @Test
    void tasksStoredBeforeAccountsGoToTheFirstAccountOnly() throws SQLException {
        update("DELETE FROM account"); // their tasks and sessions go with them
        update("DELETE FROM task");
        // As the schema stood before accounts: tasks without an owner.
        update("INSERT INTO task (title, done, created_at, version) VALUES ('Kept from before', FALSE, now(), 0)");
        Account first = accounts.create(unique("first"), PASSWORD, PASSWORD, ADDRESS);
        Account second = accounts.create(unique("second"), PASSWORD, PASSWORD, ADDRESS);
        assertEquals(
                String.valueOf(first.getId()), query("SELECT owner_id FROM task WHERE title = 'Kept from before'"));
        assertEquals("0", query("SELECT COUNT(*) FROM task WHERE owner_id = " + second.getId()));
        assertEquals("0", query("SELECT COUNT(*) FROM task WHERE owner_id IS NULL"));
        assertEquals(
                "Inbox 1 1",
                query("SELECT l.name || ' ' || l.open_count || ' ' || a.task_count FROM task t"
                        + " JOIN task_list l ON l.id = t.list_id JOIN account a ON a.id = l.owner_id"
                        + " WHERE t.title = 'Kept from before'"),
                "in the first account's Inbox, counted");
    }

    @DisplayName("A3: a password is stored only as a slow salted hash, never in clear")
    @Test
    void thePasswordIsStoredOnlyAsASlowSaltedHash() throws SQLException {
        Account one = accounts.create(unique("hash"), PASSWORD, PASSWORD, ADDRESS);
        Account two = accounts.create(unique("hash"), PASSWORD, PASSWORD, ADDRESS);
        String stored = query("SELECT password_hash FROM account WHERE id = " + one.getId());
        assertFalse(stored.contains(PASSWORD), "the password is in clear");
        assertTrue(stored.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), stored);
        assertFalse(
                stored.equals(query("SELECT password_hash FROM account WHERE id = " + two.getId())),
                "two equal passwords got the same hash: no salt");
        assertEquals("0", query("SELECT COUNT(*) FROM account WHERE password_hash LIKE '%" + PASSWORD + "%'"));
    }

    @DisplayName(
            "A3: a PBKDF2 hash of before still signs in and is then replaced by Argon2id; a wrong password changes nothing")
    @Test
    void aHashOfThePbkdf2EraSignsInAndIsReplaced() throws SQLException {
        String name = unique("pbkdf2");
        Account account = accounts.create(name, PASSWORD, PASSWORD, ADDRESS);
        // As the service made them before Argon2id.
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        String before = pbkdf2.generate(PASSWORD.toCharArray());
        update("UPDATE account SET password_hash = '" + before + "' WHERE id = " + account.getId());

        assertEquals(
                INVALID,
                identityStore
                        .validate(new UsernamePasswordCredential(name, "A wrong long passphrase"))
                        .getStatus());
        assertEquals(
                before,
                query("SELECT password_hash FROM account WHERE id = " + account.getId()),
                "a wrong password replaced the hash");

        assertEquals(
                VALID,
                identityStore
                        .validate(new UsernamePasswordCredential(name, PASSWORD))
                        .getStatus());
        String after = query("SELECT password_hash FROM account WHERE id = " + account.getId());
        assertTrue(after.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), after);
        assertFalse(after.contains(PASSWORD));
        assertEquals(
                VALID,
                identityStore
                        .validate(new UsernamePasswordCredential(name, PASSWORD))
                        .getStatus(),
                "the new hash signs in");
        assertEquals(
                after,
                query("SELECT password_hash FROM account WHERE id = " + account.getId()),
                "a current hash is kept");
    }

    @DisplayName("A3: a sign-in with the old password does not undo a password change made meanwhile")
    @Test
    void anOutdatedHashIsReplacedOnlyWhileItIsStillTheStoredOne() throws SQLException {
        Account account = accounts.create(unique("race"), PASSWORD, PASSWORD, ADDRESS);
        String changed = query("SELECT password_hash FROM account WHERE id = " + account.getId());
        accounts.replaceHash(
                account.getId(), "PBKDF2WithHmacSHA512:210000:verified-before-the-change", "$argon2id$stale");
        assertEquals(changed, query("SELECT password_hash FROM account WHERE id = " + account.getId()));
    }

    @DisplayName("A1, A2: a name differing only in case is taken; names and passwords outside the rules are refused")
    @Test
    void namesAreOnePerSpellingAndPasswordsFollowTheRules() {
        String name = unique("Name");
        accounts.create(name, PASSWORD, PASSWORD, ADDRESS);
        assertEquals(Map.of("name", "account.name.taken"), refusal(name.toLowerCase(), PASSWORD, PASSWORD));
        assertEquals(Map.of("name", "account.name.invalid"), refusal("no", PASSWORD, PASSWORD));
        assertEquals(
                Map.of("password", "account.password.too-short"), refusal(unique("pw"), "eleven char", "eleven char"));
        assertEquals(
                Map.of("password", "account.password.common"), refusal(unique("pw"), "1qaz2wsx3edc", "1qaz2wsx3edc"));
        assertEquals(
                Map.of("password", "account.password.too-long"),
                refusal(unique("pw"), "x".repeat(257), "x".repeat(257)));
        assertEquals(Map.of("repeat", "account.password.mismatch"), refusal(unique("pw"), PASSWORD, PASSWORD + "."));
        accounts.create(unique("ok"), "x".repeat(256), "x".repeat(256), ADDRESS);
    }

    private Map<String, String> refusal(String name, String password, String repeat) {
        return assertThrows(AccountRefusedException.class, () -> accounts.create(name, password, repeat, ADDRESS))
                .messageKeys();
    }

    @DisplayName("A5: five failures for one name make it wait, whatever the password; a success clears them")
    @Test
    void fiveFailuresForOneNameMakeItWaitWhateverThePasswordAndASuccessClearsThem() throws SQLException {
        String name = unique("throttled");
        accounts.create(name, PASSWORD, PASSWORD, ADDRESS);
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInOutcome.Refused.class, signIns.attempt(name, "wrong " + i, "10.0.0." + i));
        }
        // Even the right password waits now: from another address too.
        SignInOutcome throttled = signIns.attempt(name, PASSWORD, "10.0.1.1");
        SignInOutcome.Throttled wait = assertInstanceOf(SignInOutcome.Throttled.class, throttled);
        assertTrue(wait.retryAfter().toMinutes() >= 14 && wait.retryAfter().toMinutes() <= 15, wait.toString());
        // Counted in the database (every replica sees the same): once the failures leave the window, it is free.
        update("UPDATE sign_in_failure SET failed_at = failed_at - interval '16 minutes'");
        assertInstanceOf(SignInOutcome.Accepted.class, signIns.attempt(name, PASSWORD, "10.0.1.1"));
        assertEquals("0", query("SELECT COUNT(*) FROM sign_in_failure WHERE name_key = '" + name.toLowerCase() + "'"));
    }

    @DisplayName("A5: twenty failures from one address make it wait for every name, other addresses not")
    @Test
    void twentyFailuresFromOneAddressMakeItWaitForEveryName() {
        String name = unique("victim");
        accounts.create(name, PASSWORD, PASSWORD, ADDRESS);
        for (int i = 0; i < 20; i++) {
            signIns.attempt(unique("guess"), "wrong", "192.0.2.7");
        }
        assertInstanceOf(SignInOutcome.Throttled.class, signIns.attempt(name, PASSWORD, "192.0.2.7"));
        assertInstanceOf(
                SignInOutcome.Accepted.class,
                signIns.attempt(name, PASSWORD, "192.0.2.8"),
                "another address is not held back");
    }

    @DisplayName("A4: an unknown name and a wrong password get the same answer")
    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
        String name = unique("known");
        accounts.create(name, PASSWORD, PASSWORD, ADDRESS);
        assertEquals(new SignInOutcome.Refused(), signIns.attempt(name, "wrong password", "198.51.100.1"));
        assertEquals(new SignInOutcome.Refused(), signIns.attempt(unique("unknown"), "wrong password", "198.51.100.1"));
        assertEquals(new SignInOutcome.Refused(), signIns.attempt(null, null, "198.51.100.1"));
    }

    @DisplayName("A9, A10: sessions are kept by hash and end when idle, too old, signed out or the password changes")
    @Test
    void sessionsEndWhenIdleWhenTooOldWhenClosedAndWhenThePasswordChanges() throws SQLException {
        Account account = accounts.create(unique("sessions"), PASSWORD, PASSWORD, ADDRESS);
        String idle = sessions.open(account.getId());
        String old = sessions.open(account.getId());
        String closed = sessions.open(account.getId());
        String kept = sessions.open(account.getId());
        Optional<SignedIn> signedIn = sessions.find(kept);
        assertEquals(account.getName(), signedIn.orElseThrow().name());
        assertEquals("4", query("SELECT COUNT(*) FROM account_session WHERE account_id = " + account.getId()));
        assertEquals(
                "0",
                query("SELECT COUNT(*) FROM account_session WHERE token_hash IN ('" + idle + "', '" + kept + "')"),
                "a token is stored in clear");

        update("UPDATE account_session SET last_seen_at = now() - interval '13 hours' WHERE token_hash = '"
                + Secrets.hash(idle) + "'");
        update("UPDATE account_session SET created_at = now() - interval '8 days' WHERE token_hash = '"
                + Secrets.hash(old) + "'");
        sessions.close(closed);
        assertTrue(sessions.find(idle).isEmpty(), "idle for longer than the idle timeout");
        assertTrue(sessions.find(old).isEmpty(), "older than the maximum age, however used");
        assertTrue(sessions.find(closed).isEmpty(), "signed out");
        assertTrue(sessions.find(kept).isPresent());
        assertTrue(sessions.find("not a token").isEmpty());

        accounts.changePassword(account.getId(), PASSWORD, "Another long passphrase", "Another long passphrase");
        assertTrue(sessions.find(kept).isEmpty(), "a password change ends every session");
        assertInstanceOf(
                SignInOutcome.Accepted.class,
                signIns.attempt(account.getName(), "Another long passphrase", "203.0.113.9"));
    }
}
