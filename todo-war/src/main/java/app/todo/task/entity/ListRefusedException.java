package app.todo.task.entity;

/** A change to lists that the rules forbid: deleting the Inbox (L1), or more lists than an account may have (L3). */
public class ListRefusedException extends RuntimeException {

    /** The message key; the API answers the English text of the same key. */
    private final String key;

    public ListRefusedException(String key, String english) {
        super(english);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
