package app.todo.task.entity;

import jakarta.validation.constraints.AssertTrue;

/**
 * Where a task goes (O2): just before or just after another task of the account's (into that task's list), or to
 * the end of one of its lists. One of the three.
 */
public record TaskMove(Long before, Long after, Long listId) {

    @AssertTrue(message = "{task.move.one-target}")
    public boolean isOneTarget() {
        return (before != null ? 1 : 0) + (after != null ? 1 : 0) + (listId != null ? 1 : 0) == 1;
    }
}
