package app.todo.task.boundary;

import app.todo.task.control.Tasks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The row a person acted on, as the post names it. JSF finds the clicked button by its row index
 * ({@code tasks:3:row}); since the view keeps no state and tasks may have been added or deleted meanwhile,
 * the list JSF walks while decoding is rebuilt from the post: the posted task id at the posted index,
 * placeholders elsewhere. The action then receives the id the person saw, never a neighbour's.
 */
public final class PostedRow {

    /** The id of a row that is not the one acted on. */
    private static final PostedRow PLACEHOLDER = new PostedRow(-1);
    private static final Pattern ROW_FORM = Pattern.compile("tasks:(\\d{1,3}):row");

    private final long id;

    private PostedRow(long id) {
        this.id = id;
    }

    /** A getter, not a record: Jakarta EL 5 reads bean properties only. */
    public long getId() {
        return id;
    }

    static List<PostedRow> rowsFor(Map<String, String> params) {
        Long id = RequestNumbers.id(params.get("task"));
        if (id == null) {
            return null;
        }
        for (String name : params.keySet()) {
            Matcher matcher = ROW_FORM.matcher(name);
            if (matcher.matches()) {
                int index = Integer.parseInt(matcher.group(1));
                if (index < Tasks.MAX_PAGE_SIZE) {
                    List<PostedRow> rows = new ArrayList<>(Collections.nCopies(index + 1, PLACEHOLDER));
                    rows.set(index, new PostedRow(id));
                    return rows;
                }
            }
        }
        return null;
    }
}
