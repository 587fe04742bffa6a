package app.todo.task.entity;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A due time belongs to a due date: a task with a time and no date is refused, the refusal naming "dueTime". */
@Constraint(validatedBy = DueTimeNeedsDate.Check.class)
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DueTimeNeedsDate {
    String message() default "{task.due-time.without-date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<DueTimeNeedsDate, Task> {
        @Override
        public boolean isValid(Task task, ConstraintValidatorContext context) {
            if (task == null || task.getDueTime() == null || task.getDueDate() != null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("dueTime")
                    .addConstraintViolation();
            return false;
        }
    }
}
