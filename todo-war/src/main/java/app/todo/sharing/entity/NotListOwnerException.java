package app.todo.sharing.entity;

/** A member asked what only the list's owner may do (H4): share it, change a role, remove someone else. */
public class NotListOwnerException extends RuntimeException {

    public NotListOwnerException(long listId) {
        super("Only the owner of list " + listId + " shares it and changes its members");
    }
}
