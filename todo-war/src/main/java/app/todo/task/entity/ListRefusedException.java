package app.todo.task.entity;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** A change to lists that the rules forbid: deleting the Inbox (L1), or more lists than an account may have (L3). */
public class ListRefusedException extends RuntimeException {

    /** The key of the refusal's text in the application's messages, the page's and the API's alike. */
    private final String key;

    private final transient Object[] arguments;

    public ListRefusedException(String key, Object... arguments) {
        super(key);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Why, in the language given (the page's; the API answers in English). */
    public String text(Locale locale) {
        // No fallback to the server's own locale: English is the base bundle.
        ResourceBundle messages = ResourceBundle.getBundle(
                "messages", locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return new MessageFormat(messages.getString(key), locale).format(arguments);
    }

    @Override
    public String getMessage() {
        return text(Locale.ENGLISH);
    }
}
