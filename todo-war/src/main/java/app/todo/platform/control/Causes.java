package app.todo.platform.control;

/** Looks through an exception's chain of causes. */
public final class Causes {

    private Causes() {}

    public static boolean contain(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
