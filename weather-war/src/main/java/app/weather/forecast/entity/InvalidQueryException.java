package app.weather.forecast.entity;

/** A parameter cannot be served as given: 400, with a title and a sentence a person understands. */
public class InvalidQueryException extends RuntimeException {

    private final String title;

    public InvalidQueryException(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
