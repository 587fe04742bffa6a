package app.todo.account.control;

import app.todo.account.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Jakarta Security's identity store for the accounts in PostgreSQL. A wrong password and an unknown name cost the
 * same verifications (A4: one of each kind of hash in use), so the time of an answer does not tell which names exist,
 * nor which accounts still hold a hash of before. A right password whose hash is outdated gets today's hash (A3).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** The one role: a signed-in person. */
    public static final String ROLE = "user";

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());
    private static final Duration PBKDF2_RECHECK = Duration.ofMinutes(1);

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

    private volatile boolean pbkdf2Remains = true;
    private volatile Instant pbkdf2CheckedAt = Instant.MIN;

    /** Whether some account still holds a PBKDF2 hash: asked at most once a minute (a backup restored brings some). */
    private boolean pbkdf2Remains() {
        if (Instant.now().isAfter(pbkdf2CheckedAt.plus(PBKDF2_RECHECK))) {
            pbkdf2Remains = accounts.anyPbkdf2Hash();
            pbkdf2CheckedAt = Instant.now();
        }
        return pbkdf2Remains;
    }

    /** The caller's unique id in the result is the account's id. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        if (password.length() > 4 * Passwords.MAX_LENGTH) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Account> account = Account.isValidName(credential.getCaller())
                ? accounts.findByName(credential.getCaller())
                : Optional.empty();
        if (account.isEmpty()) {
            passwords.spendAsAnyRefusal(password, null, pbkdf2Remains());
            return CredentialValidationResult.INVALID_RESULT;
        }
        String stored = account.get().getPasswordHash();
        if (!passwords.verify(password, stored)) {
            passwords.spendAsAnyRefusal(password, stored, pbkdf2Remains());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (passwords.isOutdated(stored)) {
            try {
                accounts.replaceHash(account.get().getId(), stored, passwords.hash(password));
            } catch (RuntimeException busyOrDown) {
                // The password was right: the sign-in goes on, and a later one replaces the hash.
                LOG.warning("An outdated password hash was not replaced: " + busyOrDown);
            }
        }
        return new CredentialValidationResult(
                null,
                new CallerPrincipal(account.get().getName()),
                null,
                String.valueOf(account.get().getId()),
                Set.of(ROLE));
    }
}
