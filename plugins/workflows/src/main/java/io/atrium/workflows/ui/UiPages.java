package io.atrium.workflows.ui;

import io.atrium.workflows.runtime.WorkflowsForbiddenException;
import io.atrium.workflows.runtime.WorkflowsNotFoundException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Pattern;

/** What the controllers need from the current Faces request. */
final class UiPages {

  /** Task and instance ids as the engine makes them; anything else in a URL names nothing. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  private UiPages() {
  }

  /** An id request parameter, or null when it is missing or no id. */
  static String id(String name) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String value = faces == null ? null : faces.getExternalContext().getRequestParameterMap().get(name);
    return value != null && ID.matcher(value).matches() ? value : null;
  }

  /** A whole-number request parameter, or the fallback. */
  static int number(String name, int fallback) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String value = faces == null ? null : faces.getExternalContext().getRequestParameterMap().get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** Shows a message at the top of the page. */
  static void message(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /**
   * Reads what a page shows by the id in a request parameter. A missing or unknown id ends the
   * request with 404, one the caller may not see with 403; the answer is then null.
   */
  static <T> T byId(String parameter, Function<String, T> read) {
    String id = id(parameter);
    if (id == null) {
      fail(404);
      return null;
    }
    try {
      return read.apply(id);
    } catch (WorkflowsNotFoundException e) {
      fail(404);
    } catch (WorkflowsForbiddenException e) {
      fail(403);
    }
    return null;
  }

  /** Ends the request with an HTTP error, as the portal's filter does for views. */
  static void fail(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the browser to a page of the plugin with one id parameter, keeping the messages. */
  static void redirect(String page, String parameter, String value) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.getFlash().setKeepMessages(true);
      external.redirect(external.getRequestContextPath() + "/workflows/" + page + "?" + parameter + "="
          + URLEncoder.encode(value, StandardCharsets.UTF_8));
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The path of the task page of a task, for links from elsewhere (the to-do center). */
  static String taskLink(String taskId) {
    return "/workflows/task.xhtml?task=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
  }
}
