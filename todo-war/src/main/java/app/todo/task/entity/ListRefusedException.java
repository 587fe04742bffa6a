package app.todo.task.entity;

import app.todo.platform.control.Refusal;

/** A change to lists that the rules forbid: deleting the Inbox (L1), or more lists than an account may have (L3). */
public class ListRefusedException extends Refusal {

    public ListRefusedException(String key, Object... arguments) {
        super(key, arguments);
    }
}
