package app.todo.account.control;

import app.todo.account.entity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Jakarta Security's identity store for the accounts in PostgreSQL. A wrong password and an unknown name cost
 * the same hash verification, so the time of an answer does not tell which names exist. A right password whose hash
 * is outdated gets today's hash (A3).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** The one role: a signed-in person. */
    public static final String ROLE = "user";

    @Inject
    Accounts accounts;

    @Inject
    Passwords passwords;

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
            passwords.verifyDecoy(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        String stored = account.get().getPasswordHash();
        if (!passwords.verify(password, stored)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (passwords.isOutdated(stored)) {
            accounts.replaceHash(account.get().getId(), stored, passwords.hash(password));
        }
        return new CredentialValidationResult(
                null,
                new CallerPrincipal(account.get().getName()),
                null,
                String.valueOf(account.get().getId()),
                Set.of(ROLE));
    }
}
