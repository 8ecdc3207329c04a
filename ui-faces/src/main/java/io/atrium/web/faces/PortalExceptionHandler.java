package io.atrium.web.faces;

import io.atrium.sdk.security.AccessDeniedException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns two exceptions of page code into answers a user understands: a missing permission becomes
 * the 403 page, and an expired view (after a restart or a long pause) reloads the page instead of
 * showing an error. Everything else goes on to the generic error page.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

  /** Creates the handler around the default one. */
  public PortalExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      try {
        if (find(thrown, AccessDeniedException.class) != null) {
          events.remove();
          deny(context);
        } else if (find(thrown, ViewExpiredException.class) != null) {
          events.remove();
          reload(context, find(thrown, ViewExpiredException.class).getViewId());
        }
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }
    getWrapped().handle();
  }

  private static void deny(FacesContext context) throws IOException {
    ExternalContext external = context.getExternalContext();
    if (context.getPartialViewContext().isAjaxRequest()) {
      external.redirect(external.getRequestContextPath() + "/error/403.xhtml");
    } else if (!external.isResponseCommitted()) {
      external.responseSendError(403, null);
    }
    context.responseComplete();
  }

  private static void reload(FacesContext context, String viewId) throws IOException {
    ExternalContext external = context.getExternalContext();
    String target = external.getRequestContextPath() + (viewId == null ? "/" : viewId);
    LOG.log(Level.FINE, "View expired; reloading {0}", target);
    external.redirect(target);
    context.responseComplete();
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    /** Created by Faces with the factory it wraps. */
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new PortalExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
