package app.todo.platform.boundary;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link PageFailureHandler} in front of Mojarra's own handler. */
public class PageFailureHandlerFactory extends ExceptionHandlerFactory {

    public PageFailureHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PageFailureHandler(getWrapped().getExceptionHandler());
    }
}
