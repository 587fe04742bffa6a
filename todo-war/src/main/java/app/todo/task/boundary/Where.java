package app.todo.task.boundary;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Map;

/**
 * What a form of the task pages posts besides its own fields: {@code <todo:where page="#{taskPage}"/>}. Where the
 * person is (the list, or the view and its search, the filter and the page), bound again by the page's view
 * parameters, and the session's form token (RequestForgeryGuard). When a field could not be converted (a date that
 * is none), Faces binds no view parameter: the post's own values are sent again. One component for the hidden
 * fields that each of the page's forms carries: as markup in a {@code ui:include}, they were a dozen components and
 * as many expressions for each form, built on every request (bench/NOTES.md).
 */
@FacesComponent(value = Where.TYPE, createTag = true, tagName = "where", namespace = "app.todo")
public class Where extends UIComponentBase {

    static final String TYPE = "app.todo.Where";

    @Override
    public String getFamily() {
        return TYPE;
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        TaskPage page = (TaskPage) getAttributes().get("page");
        ResponseWriter out = context.getResponseWriter();
        if (context.isValidationFailed()) {
            Map<String, String> posted = context.getExternalContext().getRequestParameterMap();
            for (String name : new String[] {"list", "view", "q"}) {
                String value = posted.get(name);
                if (value != null && !value.isEmpty()) {
                    hidden(out, name, value);
                }
            }
            hidden(out, "filter", posted.get("filter"));
            hidden(out, "page", posted.get("page"));
        } else {
            String view = page.getView();
            if (view == null || view.isEmpty()) {
                hidden(
                        out,
                        "list",
                        page.getCurrentList() == null
                                ? null
                                : page.getCurrentList().getId());
            } else if (view.equals("search")) {
                hidden(out, "q", page.getQuery());
            } else {
                hidden(out, "view", view);
            }
            hidden(
                    out,
                    "filter",
                    page.getFilter() == null ? null : page.getFilter().param());
            hidden(out, "page", page.getPage());
        }
        hidden(out, "form-token", page.getFormToken());
    }

    private static void hidden(ResponseWriter out, String name, Object value) throws IOException {
        out.startElement("input", null);
        out.writeAttribute("type", "hidden", null);
        out.writeAttribute("name", name, null);
        out.writeAttribute("value", value == null ? "" : value.toString(), null);
        out.endElement("input");
    }
}
