package io.atrium.web.page;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.plugin.PluginNotFoundException;
import io.atrium.kernel.plugin.PluginOperationException;
import io.atrium.kernel.validation.ConflictException;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.kernel.validation.InvalidInputException;
import io.atrium.kernel.validation.NotFoundException;
import io.atrium.web.portal.PortalLocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Faces messages of the portal's pages in the user's language: page texts from the web bundle,
 * and the kernel's refusals (invalid input, conflicts, missing objects) on the fields they name.
 * A refusal never reaches the user as a stack trace.
 */
@ApplicationScoped
public class PageMessages {

  private static final String BUNDLE = "io.atrium.web.i18n.messages";

  @Inject
  PortalLocale portalLocale;

  /** The user's language. */
  public Locale locale() {
    return portalLocale.getLocale();
  }

  /** A text of the web bundle in the user's language; a missing key reads as the key. */
  public String text(String key, Object... args) {
    String pattern;
    try {
      // no fallback to the JVM's default locale: English is the base bundle
      pattern = ResourceBundle.getBundle(BUNDLE, locale(), PageMessages.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (args.length == 0) {
      return pattern;
    }
    Object[] plain = args.clone();
    for (int i = 0; i < plain.length; i++) {
      // counts and limits read as written, without digit grouping
      if (plain[i] instanceof Integer || plain[i] instanceof Long) {
        plain[i] = plain[i].toString();
      }
    }
    return new MessageFormat(pattern, locale()).format(plain);
  }

  /** A kernel text in the user's language. */
  public String text(Message message) {
    return message.in(locale());
  }

  /** A page-wide information message from the web bundle. */
  public void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, text(key, args));
  }

  /** A page-wide error message from the web bundle. */
  public void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
  }

  /** An error on one field (client id), which is also marked invalid. */
  public void fieldError(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
    markInvalid(clientId);
  }

  /**
   * Shows a refusal of the kernel: each problem of invalid input on its field (kernel field name
   * to client id in {@code fields}; problems of other fields page-wide), conflicts and missing
   * objects page-wide. Marks the request as failed so that dialogs stay open.
   *
   * @return true when the exception was one of the kernel's refusals and is shown; false for
   *     anything else, which the caller rethrows
   */
  public boolean show(RuntimeException refusal, Map<String, String> fields) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (refusal instanceof InvalidInputException invalid) {
      for (FieldProblem problem : invalid.problems()) {
        String clientId = fields.get(problem.field());
        if (clientId == null) {
          add(null, FacesMessage.SEVERITY_ERROR, text(problem.message()));
        } else {
          fieldError(clientId, text(problem.message()));
        }
      }
    } else if (refusal instanceof ConflictException conflict) {
      add(null, FacesMessage.SEVERITY_ERROR, text(conflict.text()));
    } else if (refusal instanceof NotFoundException notFound) {
      add(null, FacesMessage.SEVERITY_ERROR, text(notFound.text()));
    } else if (refusal instanceof PluginOperationException || refusal instanceof PluginNotFoundException) {
      // the plugin registry words its refusals for administrators, in English only
      add(null, FacesMessage.SEVERITY_ERROR, text("admin.plugins.refused", refusal.getMessage()));
    } else {
      return false;
    }
    context.validationFailed();
    return true;
  }

  /** Shows a refusal with no field mapping; rethrows anything that is not a kernel refusal. */
  public void showOrThrow(RuntimeException refusal, Map<String, String> fields) {
    if (!show(refusal, fields)) {
      throw refusal;
    }
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
  }

  private static void markInvalid(String clientId) {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent component = context.getViewRoot().findComponent(clientId);
    if (component instanceof UIInput input) {
      input.setValid(false);
    }
    context.validationFailed();
  }
}
