package app.todo.live.entity;

/**
 * What someone just did to a list, fired (a CDI event) by the code that did it, inside its transaction: the open
 * pages of everyone who sees the list learn of it once that commits (U1).
 *
 * @param listId the list changed, or the task's list
 * @param actorId who did it
 * @param kind what they did
 * @param subject the task's title, or null for a change of the list itself
 */
public record Change(long listId, long actorId, Kind kind, String subject) {

    /** What was done; each has its announcement in the messages ({@code live.added}, …). */
    public enum Kind {
        ADDED,
        TICKED,
        UNTICKED,
        EDITED,
        MOVED,
        DELETED,
        /** Several tasks at once, a rename, the list deleted, its people changed. */
        LIST_CHANGED
    }

    public static Change ofTask(long listId, long actorId, Kind kind, String title) {
        return new Change(listId, actorId, kind, title);
    }

    public static Change ofList(long listId, long actorId) {
        return new Change(listId, actorId, Kind.LIST_CHANGED, null);
    }
}
