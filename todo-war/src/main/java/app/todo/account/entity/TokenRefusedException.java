package app.todo.account.entity;

import app.todo.platform.control.Refusal;

/** An API token the rules forbid: more than an account may have (A14). */
public class TokenRefusedException extends Refusal {

    public TokenRefusedException(String key, Object... arguments) {
        super(key, arguments);
    }
}
