package app.todo.account.entity;

import java.util.Map;

/** An account that cannot be created as asked: for each field ("name", "password", "repeat") what is wrong. */
public class AccountRefusedException extends RuntimeException {

    private final Map<String, String> messageKeys;

    public AccountRefusedException(Map<String, String> messageKeys) {
        super("Account refused: " + messageKeys);
        this.messageKeys = Map.copyOf(messageKeys);
    }

    /** Field name to the key of its message in the page's bundle. */
    public Map<String, String> messageKeys() {
        return messageKeys;
    }
}
