package app.todo.sharing.entity;

import app.todo.platform.control.Refusal;

/** A sharing change the rules forbid (H4, H5): the Inbox, oneself, more than 50, not the owner. */
public class SharingRefusedException extends Refusal {

    public SharingRefusedException(String key, Object... arguments) {
        super(key, arguments);
    }
}
