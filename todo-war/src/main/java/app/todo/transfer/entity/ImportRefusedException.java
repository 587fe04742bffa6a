package app.todo.transfer.entity;

/**
 * A file that cannot be imported (X2): where (the line, when the file has lines) and why, in the language asked for.
 * Nothing of the file is stored.
 */
public class ImportRefusedException extends RuntimeException {

    public ImportRefusedException(String text) {
        super(text);
    }
}
