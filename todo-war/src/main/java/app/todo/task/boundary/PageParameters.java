package app.todo.task.boundary;

import app.todo.task.entity.SearchText;
import app.todo.task.entity.TaskFilter;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.function.Function;

/**
 * The page's view parameters as Faces converters. Anyone can forge a URL or a form, and what it names is only a
 * choice of what to show or act on: anything odd reads as absent (the default), never as an error page (T7).
 */
final class PageParameters {

    private PageParameters() {}

    /** Reads with {@code parse} (odd → absent), writes with {@code format}; absent is written as {@code absent}. */
    abstract static class Lenient<T> implements Converter<T> {
        private final Function<String, T> parse;
        private final Function<T, String> format;
        private final String absent;

        Lenient(Function<String, T> parse, Function<T, String> format, String absent) {
            this.parse = parse;
            this.format = format;
            this.absent = absent;
        }

        @Override
        public T getAsObject(FacesContext context, UIComponent component, String value) {
            return parse.apply(value);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, T value) {
            return value == null ? absent : format.apply(value);
        }
    }

    /** A task's or list's id, or a version: digits only. */
    @FacesConverter("app.todo.Id")
    public static class Id extends Lenient<Long> {
        public Id() {
            super(RequestNumbers::id, String::valueOf, "");
        }
    }

    /** A row's task and the version shown, as its buttons post it: {@code 12.3}. */
    @FacesConverter("app.todo.TaskRef")
    public static class Ref extends Lenient<TaskRef> {
        public Ref() {
            super(TaskRef::parse, TaskRef::toString, "");
        }
    }

    /** A page number: 1 or more, else 1. */
    @FacesConverter("app.todo.Page")
    public static class Page extends Lenient<Integer> {
        public Page() {
            super(value -> RequestNumbers.positiveInt(value, 1), String::valueOf, "1");
        }
    }

    /** A view across the lists: "today" or "upcoming", else none. */
    @FacesConverter("app.todo.View")
    public static class View extends Lenient<String> {
        public View() {
            super(value -> "today".equals(value) || "upcoming".equals(value) ? value : null, Function.identity(), "");
        }
    }

    /** A search (S1): stripped; empty, or what no search may be (too long, control characters), is none. */
    @FacesConverter("app.todo.Query")
    public static class Query extends Lenient<String> {
        public Query() {
            super(
                    value -> value == null || value.isBlank() || SearchText.refusal(value) != null
                            ? null
                            : value.strip(),
                    Function.identity(),
                    "");
        }
    }

    /** All, Pending or Done; anything else shows all. */
    @FacesConverter("app.todo.Filter")
    public static class Filter extends Lenient<TaskFilter> {
        public Filter() {
            super(TaskFilter::fromParam, TaskFilter::param, "all");
        }
    }
}
