package app.todo.live.entity;

import java.util.List;

/**
 * A committed change as it travels between replicas ({@code NOTIFY}, JSON) and to their open pages: who is to hear
 * of it, and the words to announce it with.
 *
 * @param replica the replica where it happened, which has told its own pages already
 * @param listId the list changed
 * @param listName its name, for a change of the list itself
 * @param actorId who did it (their own pages refresh without an announcement)
 * @param actorName their user name
 * @param kind what they did
 * @param subject the task's title, or null
 * @param audience the accounts that saw the list when it changed: its owner and members
 */
public record Pulse(
        String replica,
        long listId,
        String listName,
        long actorId,
        String actorName,
        Change.Kind kind,
        String subject,
        List<Long> audience) {}
