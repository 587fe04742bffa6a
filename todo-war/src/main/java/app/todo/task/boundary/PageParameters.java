package app.todo.task.boundary;

import app.todo.task.entity.TaskFilter;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * The page's view parameters as Faces converters. Anyone can forge a URL, and what it names is only a choice of
 * what to show: anything odd reads as absent (the default), never as an error on the page (T7).
 */
final class PageParameters {

    private PageParameters() {}

    /** A task's or list's id, or a version: digits only. */
    @FacesConverter("app.todo.Id")
    public static class Id implements Converter<Long> {
        @Override
        public Long getAsObject(FacesContext context, UIComponent component, String value) {
            return RequestNumbers.id(value);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Long value) {
            return value == null ? "" : value.toString();
        }
    }

    /** A page number: 1 or more, else 1. */
    @FacesConverter("app.todo.Page")
    public static class Page implements Converter<Integer> {
        @Override
        public Integer getAsObject(FacesContext context, UIComponent component, String value) {
            return RequestNumbers.positiveInt(value, 1);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Integer value) {
            return value == null ? "1" : value.toString();
        }
    }

    /** A view across the lists: "today" or "upcoming", else none. */
    @FacesConverter("app.todo.View")
    public static class View implements Converter<String> {
        @Override
        public String getAsObject(FacesContext context, UIComponent component, String value) {
            return "today".equals(value) || "upcoming".equals(value) ? value : null;
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, String value) {
            return value == null ? "" : value;
        }
    }

    /** All, Pending or Done; anything else shows all. */
    @FacesConverter("app.todo.Filter")
    public static class Filter implements Converter<TaskFilter> {
        @Override
        public TaskFilter getAsObject(FacesContext context, UIComponent component, String value) {
            return TaskFilter.fromParam(value);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, TaskFilter value) {
            return value == null ? "all" : value.param();
        }
    }
}
