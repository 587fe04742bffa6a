package app.todo.account.entity;

/** Fired, in the creating transaction, when an account is created: other features set up what it starts with. */
public record AccountCreated(long accountId) {}
