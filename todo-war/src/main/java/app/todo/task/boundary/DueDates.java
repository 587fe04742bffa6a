package app.todo.task.boundary;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Due dates in words, in the person's language and from their today (D2): "Today", "Tomorrow", "Overdue · Thu 3 Dec",
 * "Mon 7 Dec", with the time when there is one.
 */
record DueDates(LocalDate today, Locale locale, ResourceBundle msg) {

    String words(LocalDate due, LocalTime time, boolean done) {
        String day;
        if (due.equals(today)) {
            day = msg.getString("due.today");
        } else if (due.equals(today.plusDays(1))) {
            day = msg.getString("due.tomorrow");
        } else if (due.isBefore(today) && !done) {
            day = msg.getString("due.overdue") + " · " + shortDate(due);
        } else {
            day = shortDate(due);
        }
        return time == null ? day : day + " " + time.format(DateTimeFormatter.ofPattern("HH:mm", locale));
    }

    /** A day's heading in Upcoming: "Today", "Tomorrow", then weekday and date. */
    String heading(LocalDate day) {
        if (day.equals(today)) {
            return msg.getString("due.today");
        }
        if (day.equals(today.plusDays(1))) {
            return msg.getString("due.tomorrow");
        }
        return day.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale));
    }

    private String shortDate(LocalDate date) {
        String pattern = date.getYear() == today.getYear() ? "EEE d MMM" : "EEE d MMM yyyy";
        return date.format(DateTimeFormatter.ofPattern(pattern, locale));
    }
}
