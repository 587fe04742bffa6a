package app.todo.task.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text of one line that reads as it is stored (T4): no line breaks, control or replacement characters, no invisible
 * format characters (zero-width spaces, BOMs, soft hyphens, word joiners) or text-direction controls, which make one
 * title look like another or run backwards, and no lone surrogate. The joiners that scripts and emoji need stay
 * allowed: ZWNJ, ZWJ and the tag characters of flags. Each is one character class (a union), not an alternation: a
 * group repeated per character overflows the stack on a long title.
 */
@Pattern(regexp = "[^\\p{Cc}\\uFFFD]*", message = "{task.title.control-characters}")
@Pattern(
        regexp = "[[^\\p{Cf}\\p{Cs}]\\u200C\\u200D\\x{E0020}-\\x{E007F}]*",
        message = "{task.title.invisible-characters}")
@Constraint(validatedBy = {})
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
