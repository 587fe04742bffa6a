package app.todo.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A change the rules forbid, told in words: the key of its text in the application's messages (the page's and the
 * API's alike) and the text's arguments. The API answers 409 with it, the page shows it.
 */
public abstract class Refusal extends RuntimeException {

    private final String key;

    private final transient Object[] arguments;

    protected Refusal(String key, Object... arguments) {
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
